import type { Rng } from "../../src/random/rng.js";

/** n values, often all equal or few distinct (a check by value instead of by node shows up). */
function values(n: number, rng: Rng): number[] {
  const spread = rng.pick([0, 1, 3, 100000]);
  return Array.from({ length: n }, () => rng.int(-spread, spread));
}

/** A list of about n nodes and LeetCode's pos: no cycle, the tail back to the head, to itself, or anywhere. */
export function generate(n: number, rng: Rng): [number[], number] {
  const size = rng.bool(0.1) ? rng.int(0, 2) : n;
  const head = values(size, rng);
  if (size === 0) return [head, -1];
  const pos = rng.pick([-1, -1, 0, size - 1, rng.int(0, size - 1)]);
  return [head, pos];
}

/** Exactly n nodes with the tail linked back to the middle: every approach walks about n nodes before it can answer. */
export function probeInput(n: number, rng: Rng): [number[], number] {
  const head = new Array<number>(n);
  for (let i = 0; i < n; i++) head[i] = rng.int(-100000, 100000);
  return [head, n > 0 ? Math.floor(n / 2) : -1];
}
