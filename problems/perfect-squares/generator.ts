import type { Rng } from "../../src/random/rng.js";

// Values up to (n + 1)² - 1: squares, numbers of the form 8b + 7 and 4^a(8b + 7), and any value.
export function generate(n: number, rng: Rng): [number] {
  const top = (n + 1) * (n + 1) - 1;
  const roll = rng.int(0, 5);
  if (roll === 0) return [rng.int(1, n) ** 2];
  if (roll === 1) return [Math.min(top, 8 * rng.int(0, Math.max(0, (top - 7) >> 3)) + 7)];
  if (roll === 2) return [Math.max(1, 4 * rng.int(1, Math.max(1, top >> 2)))];
  return [rng.int(1, top)];
}

// The largest value v < (k + 1)² with v ≡ 7 (mod 8): ⌊√v⌋ = k and the answer is 4.
export function probeInput(k: number): [number] {
  let v = (k + 1) * (k + 1) - 1;
  while (v % 8 !== 7 && v > 1) v--;
  return [Math.max(1, v)];
}
