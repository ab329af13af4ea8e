import type { Rng } from "../../src/random/rng.js";

/** A list of about n nodes (at least one) and a position from the end: often the head or the tail. */
export function generate(n: number, rng: Rng): [number[], number] {
  const size = Math.max(1, rng.bool(0.15) ? rng.int(1, 2) : n);
  const top = rng.pick([0, 3, 100]);
  const head = Array.from({ length: size }, () => rng.int(0, top));
  return [head, rng.pick([1, size, rng.int(1, size), rng.int(1, size)])];
}

/** A list of exactly n nodes; the middle one goes (the argument n is half the length). */
export function probeInput(n: number, rng: Rng): [number[], number] {
  const head = new Array<number>(n);
  for (let i = 0; i < n; i++) head[i] = rng.int(0, 100);
  return [head, Math.max(1, Math.floor(n / 2))];
}
