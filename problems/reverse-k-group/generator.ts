import type { Rng } from "../../src/random/rng.js";

/** A list of about n nodes (at least one) and k: 1, the whole length, a divisor, or anything between. */
export function generate(n: number, rng: Rng): [number[], number] {
  const size = Math.max(1, rng.bool(0.15) ? rng.int(1, 3) : n - rng.int(0, 2));
  const top = rng.pick([1, 9, 1000]);
  const head = Array.from({ length: size }, () => rng.int(0, top));
  const divisors = Array.from({ length: size }, (_, i) => i + 1).filter((d) => size % d === 0);
  return [head, rng.pick([1, 2, size, rng.pick(divisors), rng.int(1, size), rng.int(1, size)])];
}

/** A list of exactly n nodes with k = n/4: four whole groups, so every node is reversed. */
export function probeInput(n: number, rng: Rng): [number[], number] {
  const head = new Array<number>(n);
  for (let i = 0; i < n; i++) head[i] = rng.int(0, 1000);
  return [head, Math.max(1, Math.floor(n / 4))];
}
