import type { Rng } from "../../src/random/rng.js";

// A few distinct candidates in random (unsorted) order, sometimes including 1 or
// values above the target; targets from 0 up to a little over n.
export function generate(n: number, rng: Rng): [number[], number] {
  const count = rng.int(0, Math.min(5, n));
  const maxValue = rng.pick([6, 12, n + 2]);
  const seen = new Set<number>();
  let guard = 0;
  while (seen.size < count && guard++ < 100) seen.add(rng.int(1, maxValue));
  const candidates = rng.shuffle([...seen]);
  const target = rng.bool(0.08) ? 0 : rng.int(1, n + 4);
  return [candidates, target];
}

// target = n with every value 1..n as a candidate, shuffled: the answer is every partition of
// n, about e^(2.57 sqrt(n)) / (4 sqrt(3) n) of them, more than any polynomial in n. (With a
// fixed candidate list the answer would only grow polynomially, like n^(k-1) for k candidates.)
export function probeInput(n: number, rng: Rng): [number[], number] {
  return [rng.shuffle(Array.from({ length: n }, (_, i) => i + 1)), n];
}
