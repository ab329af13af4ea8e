import type { Rng } from "../../src/random/rng.js";

type Params = Record<string, number[] | number[][] | number[][][]>;
type Args = [number[], number[], Params, number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function vector(n: number, fill: () => number): number[] {
  return Array.from({ length: n }, fill);
}

function params(vocab: number, d: number, f: number, encLayers: number, decLayers: number, rng: Rng, sd: number): Params {
  const w = () => rng.normal(0, sd);
  const b = () => (rng.bool(0.2) ? 0 : rng.normal(0, 0.3));
  const g = () => (rng.bool(0.2) ? 1 : rng.normal(1, 0.3));
  const p: Params = { emb: matrix(vocab, d, () => rng.normal(0, 0.5)), wout: matrix(d, vocab, w), bout: vector(vocab, b) };
  const stack = (layers: number, name: string, make: () => number[] | number[][]) => {
    p[name] = Array.from({ length: layers }, make) as number[][] | number[][][];
  };
  for (const m of ["wq", "wk", "wv", "wo"]) stack(encLayers, "e" + m, () => matrix(d, d, w));
  for (const m of ["bq", "bk", "bv", "bo"]) stack(encLayers, "e" + m, () => vector(d, b));
  stack(encLayers, "ew1", () => matrix(d, f, w));
  stack(encLayers, "eb1", () => vector(f, b));
  stack(encLayers, "ew2", () => matrix(f, d, w));
  stack(encLayers, "eb2", () => vector(d, b));
  for (const n of ["1", "2"]) {
    stack(encLayers, "egamma" + n, () => vector(d, g));
    stack(encLayers, "ebeta" + n, () => vector(d, b));
  }
  for (const n of ["1", "2"]) {
    for (const m of ["wq", "wk", "wv", "wo"]) stack(decLayers, "d" + m + n, () => matrix(d, d, w));
    for (const m of ["bq", "bk", "bv", "bo"]) stack(decLayers, "d" + m + n, () => vector(d, b));
  }
  for (const n of ["1", "2", "3"]) {
    stack(decLayers, "dgamma" + n, () => vector(d, g));
    stack(decLayers, "dbeta" + n, () => vector(d, b));
  }
  stack(decLayers, "dw1", () => matrix(d, f, w));
  stack(decLayers, "db1", () => vector(f, b));
  stack(decLayers, "dw2", () => matrix(f, d, w));
  stack(decLayers, "db2", () => vector(d, b));
  return p;
}

const SHAPES: readonly [number, number][] = [[2, 1], [2, 2], [4, 1], [4, 2], [6, 2], [6, 3], [8, 4]];

// n is the target length; the source length, vocabulary, widths and depths vary.
export function generate(n: number, rng: Rng): Args {
  const vocab = rng.int(2, 7);
  const [d, heads] = rng.pick(SHAPES);
  const srcLen = rng.int(1, n + 2);
  const src = Array.from({ length: srcLen }, () => rng.int(0, vocab - 1));
  const tgt = Array.from({ length: n }, () => rng.int(0, vocab - 1));
  const p = params(vocab, d, rng.pick([d, 2 * d, 4 * d]), rng.int(1, 2), rng.int(1, 2), rng, 1 / Math.sqrt(d) + rng.float(0, 0.3));
  return [src, tgt, p, heads];
}

// Source and target of n tokens each: vocabulary 8, d_model 4, 2 heads, d_ff 8, one block a side:
// small widths, so the three n² attentions outgrow the per-token projections within the sizes reached.
export function probeInput(n: number, rng: Rng): Args {
  const src = Array.from({ length: n }, () => rng.int(0, 7));
  const tgt = Array.from({ length: n }, () => rng.int(0, 7));
  return [src, tgt, params(8, 4, 8, 1, 1, rng, 0.35), 2];
}
