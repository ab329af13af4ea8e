import type { Rng } from "../../src/random/rng.js";

function sortedValues(n: number, spread: number, rng: Rng): number[] {
  const out = Array.from({ length: n }, () => rng.int(-spread, spread));
  return out.sort((x, y) => x - y);
}

/** Two sorted lists of n nodes in all: one often empty or short, values often tied across them. */
export function generate(n: number, rng: Rng): [number[], number[]] {
  const spread = rng.pick([0, 2, 5, 100]);
  const split = rng.pick([0, n, rng.int(0, n), 1, Math.floor(n / 2)]);
  const a = sortedValues(split, spread, rng);
  const b = sortedValues(n - split, spread, rng);
  return rng.bool() ? [a, b] : [b, a];
}

/** Two sorted lists of n/2 random values each (in all exactly n), so the merge alternates often. */
export function probeInput(n: number, rng: Rng): [number[], number[]] {
  const half = Math.floor(n / 2);
  const make = (m: number) => {
    const out = new Array<number>(m);
    let v = -1_000_000;
    for (let i = 0; i < m; i++) out[i] = v += rng.int(0, 4);
    return out;
  };
  return [make(half), make(n - half)];
}
