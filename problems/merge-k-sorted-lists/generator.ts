import type { Rng } from "../../src/random/rng.js";

function sortedList(len: number, spread: number, rng: Rng): number[] {
  return Array.from({ length: len }, () => rng.int(-spread, spread)).sort((a, b) => a - b);
}

/** About n nodes in k sorted lists: no lists, empty lists among them, one list, or many short ones. */
export function generate(n: number, rng: Rng): [number[][]] {
  if (rng.bool(0.05)) return [[]];
  const k = rng.pick([1, 2, 3, Math.max(1, Math.floor(n / 2)), rng.int(1, Math.max(1, n))]);
  const spread = rng.pick([0, 3, 10000]);
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) sizes[rng.int(0, k - 1)]++;
  return [sizes.map((len) => sortedList(len, spread, rng))];
}

/** Exactly n nodes in k = n/4 sorted lists of 4 random values each (the last takes the remainder). */
export function probeInput(n: number, rng: Rng): [number[][]] {
  const k = Math.max(1, Math.floor(n / 4));
  const lists: number[][] = [];
  for (let i = 0; i < k; i++) {
    const len = i === k - 1 ? n - 4 * (k - 1) : 4;
    lists.push(sortedList(len, 10000, rng));
  }
  return [lists];
}
