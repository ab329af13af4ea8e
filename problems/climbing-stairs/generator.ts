import type { Rng } from "../../src/random/rng.js";

// Mostly tiny staircases, sometimes the largest of the size, sometimes just past the
// point where the count passes 2^31 - 1 (n = 46) or 2^53 (n = 78).
export function generate(n: number, rng: Rng): [number] {
  const roll = rng.int(0, 9);
  if (roll === 0) return [rng.int(44, 48)];
  if (roll === 1) return [rng.int(76, 95)];
  if (roll <= 3) return [Math.max(1, n)];
  return [rng.int(1, Math.max(1, n))];
}

// A staircase of exactly n steps.
export function probeInput(n: number): [number] {
  return [n];
}
