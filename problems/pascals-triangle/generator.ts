import type { Rng } from "../../src/random/rng.js";

// Small triangles, the empty one, and some just past row 57, where exact values pass 2^53.
export function generate(n: number, rng: Rng): [number] {
  const roll = rng.int(0, 9);
  if (roll === 0) return [0];
  if (roll === 1) return [rng.int(55, 70)];
  if (roll <= 3) return [n];
  return [rng.int(1, Math.max(1, n))];
}

// Exactly n rows.
export function probeInput(n: number): [number] {
  return [n];
}
