import type { Rng } from "../../src/random/rng.js";

type Args = [number[], number, number, number, number];

// n is the vocabulary size; ties, temperature, k (0 = off, or beyond n), p and u vary.
export function generate(n: number, rng: Rng): Args {
  const style = rng.pick(["normal", "normal", "ties", "peaked", "flat"] as const);
  const logits = Array.from({ length: n }, () =>
    style === "ties" ? rng.int(-2, 2) : style === "peaked" ? rng.normal(0, 6) : style === "flat" ? rng.normal(0, 0.1) : rng.normal(0, 2),
  );
  const temperature = rng.pick([1, 1, 0.5, 2, 0.1, 10]);
  const topK = rng.bool(0.3) ? 0 : rng.int(1, n + 2);
  const topP = rng.pick([1, 0.9, 0.95, 0.5, 0.3, 0.75, 0.01]);
  return [logits, temperature, topK, topP, rng.float(0, 1)];
}

// A vocabulary of n tokens: temperature 0.8, k = n/2, p = 0.9, u = 0.37.
export function probeInput(n: number, rng: Rng): Args {
  const logits = Array.from({ length: n }, () => rng.float(-5, 5));
  return [logits, 0.8, Math.max(1, Math.floor(n / 2)), 0.9, 0.37];
}
