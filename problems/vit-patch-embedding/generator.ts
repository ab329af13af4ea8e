import type { Rng } from "../../src/random/rng.js";

interface PatchEmbedParams {
  w: number[][];
  b: number[];
  cls: number[];
  pos: number[][];
}

type Args = [number[][][], PatchEmbedParams, number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function build(C: number, gh: number, gw: number, P: number, D: number, value: () => number, pixel: () => number): Args {
  const image = Array.from({ length: C }, () => matrix(gh * P, gw * P, pixel));
  const p: PatchEmbedParams = {
    w: matrix(P * P * C, D, value),
    b: Array.from({ length: D }, value),
    cls: Array.from({ length: D }, value),
    pos: matrix(gh * gw + 1, D, value),
  };
  return [image, p, P];
}

// n is the number of patches, laid out as a gh × gw grid (rows, columns or near-square).
export function generate(n: number, rng: Rng): Args {
  const divisors: number[] = [];
  for (let d = 1; d <= n; d++) if (n % d === 0) divisors.push(d);
  const gh = rng.pick(divisors);
  const C = rng.pick([1, 1, 2, 3]);
  const P = rng.pick([1, 2, 2, 3]);
  const D = rng.int(1, 5);
  const integers = rng.bool(0.25);
  const value = integers ? () => rng.int(-3, 3) : () => rng.normal();
  return build(C, gh, n / gh, P, D, value, integers ? () => rng.int(0, 9) : () => rng.normal());
}

// Exactly n patches: C = 3, P = 4, D = 16, grid gh × gw with gh the largest divisor of n up to sqrt(n).
export function probeInput(n: number, rng: Rng): Args {
  let gh = Math.floor(Math.sqrt(n));
  while (n % gh !== 0) gh--;
  const value = () => rng.normal(0, 0.1);
  return build(3, gh, n / gh, 4, 16, value, () => rng.float());
}
