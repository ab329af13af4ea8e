import type { Rng } from "../../src/random/rng.js";

type Params = Record<string, number[] | number[][] | number[][][]>;
type Args = [number[][][], Params, number, number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function vector(n: number, fill: () => number): number[] {
  return Array.from({ length: n }, fill);
}

function params(c: number, P: number, numPatches: number, d: number, f: number, layers: number, classes: number, rng: Rng, sd: number): Params {
  const w = () => rng.normal(0, sd);
  const b = () => (rng.bool(0.2) ? 0 : rng.normal(0, 0.3));
  const g = () => (rng.bool(0.2) ? 1 : rng.normal(1, 0.3));
  const stack = <T>(make: () => T): T[] => Array.from({ length: layers }, make);
  return {
    w: matrix(P * P * c, d, w), b: vector(d, b), cls: vector(d, b), pos: matrix(numPatches + 1, d, b),
    ln1g: stack(() => vector(d, g)), ln1b: stack(() => vector(d, b)),
    wq: stack(() => matrix(d, d, w)), wk: stack(() => matrix(d, d, w)), wv: stack(() => matrix(d, d, w)), wo: stack(() => matrix(d, d, w)),
    bq: stack(() => vector(d, b)), bk: stack(() => vector(d, b)), bv: stack(() => vector(d, b)), bo: stack(() => vector(d, b)),
    ln2g: stack(() => vector(d, g)), ln2b: stack(() => vector(d, b)),
    w1: stack(() => matrix(d, f, w)), b1: stack(() => vector(f, b)), w2: stack(() => matrix(f, d, w)), b2: stack(() => vector(d, b)),
    lnfg: vector(d, g), lnfb: vector(d, b),
    wh: matrix(d, classes, w), bh: vector(classes, b),
  };
}

const SHAPES: readonly [number, number][] = [[2, 1], [2, 2], [4, 1], [4, 2], [6, 3], [8, 2]];

// n is the number of patches (a grid of rows × n/rows); channels, patch size, widths,
// depth and classes vary.
export function generate(n: number, rng: Rng): Args {
  const rowsOptions = Array.from({ length: n }, (_, i) => i + 1).filter((r) => n % r === 0);
  const gh = rng.pick(rowsOptions);
  const gw = n / gh;
  const c = rng.int(1, 3);
  const P = rng.int(1, 3);
  const [d, heads] = rng.pick(SHAPES);
  const f = rng.pick([d, 2 * d, 4 * d]);
  const image = Array.from({ length: c }, () => matrix(gh * P, gw * P, () => rng.normal(0, 1)));
  return [image, params(c, P, n, d, f, rng.int(1, 2), rng.int(1, 4), rng, 1 / Math.sqrt(d) + rng.float(0, 0.4)), P, heads];
}

// n patches in a row: a 1-channel 2 × 2n image, P = 2, D = 8, 2 heads, MLP 16, one block, 3 classes.
export function probeInput(n: number, rng: Rng): Args {
  const image = [matrix(2, 2 * n, () => rng.float(-1, 1))];
  return [image, params(1, 2, n, 8, 16, 1, 3, rng, 0.35), 2, 2];
}
