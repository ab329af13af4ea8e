import type { Rng } from "../../src/random/rng.js";

/**
 * n values, usually all different (drill checks the returned node by its value, so distinct
 * values make a wrong node visible), now and then with repeats.
 */
function values(n: number, rng: Rng): number[] {
  if (rng.bool(0.3)) return Array.from({ length: n }, () => rng.int(-2, 2));
  const base = rng.int(-100000, 100000 - n);
  const out = Array.from({ length: n }, (_, i) => base + i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A list of about n nodes and LeetCode's pos: no cycle, the tail back to the head, to itself, or anywhere. */
export function generate(n: number, rng: Rng): [number[], number] {
  const size = rng.bool(0.1) ? rng.int(0, 2) : n;
  const head = values(size, rng);
  if (size === 0) return [head, -1];
  return [head, rng.pick([-1, 0, size - 1, rng.int(0, size - 1), rng.int(0, size - 1)])];
}

/** Exactly n nodes with the tail linked back to the middle: every approach walks about n nodes before it can answer. */
export function probeInput(n: number, rng: Rng): [number[], number] {
  const head = new Array<number>(n);
  for (let i = 0; i < n; i++) head[i] = rng.int(-100000, 100000);
  return [head, n > 0 ? Math.floor(n / 2) : -1];
}
