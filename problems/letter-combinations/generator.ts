import type { Rng } from "../../src/random/rng.js";

// Up to n digits from 2-9, with 7 and 9 (four letters) often, and sometimes no digits at all.
export function generate(n: number, rng: Rng): [string] {
  const length = rng.bool(0.1) ? 0 : rng.int(1, Math.max(1, n));
  const pool = rng.pick(["23456789", "79", "2345689", "7"]);
  let digits = "";
  for (let i = 0; i < length; i++) digits += pool[rng.int(0, pool.length - 1)];
  return [digits];
}

// n digits drawn from 7 and 9: every key has four letters, the answer holds 4^n strings.
export function probeInput(n: number, rng: Rng): [string] {
  let digits = "";
  for (let i = 0; i < n; i++) digits += rng.bool(0.5) ? "7" : "9";
  return [digits];
}
