import type { Rng } from "../../src/random/rng.js";

type Pairs = [number, number | null][];

/** About n nodes: random pointers to themselves, forward, backward, all null, all to one node; values often repeat. */
export function generate(n: number, rng: Rng): [Pairs] {
  const size = rng.bool(0.1) ? rng.int(0, 2) : n;
  const top = rng.pick([0, 2, 10000]);
  const style = rng.int(0, 4);
  const target = rng.int(0, Math.max(0, size - 1));
  const pairs: Pairs = Array.from({ length: size }, (_, i) => {
    const val = rng.int(-top, top);
    if (style === 0) return [val, null];
    if (style === 1) return [val, i];
    if (style === 2) return [val, target];
    return [val, rng.bool(0.2) ? null : rng.int(0, size - 1)];
  });
  return [pairs];
}

/** Exactly n nodes, each random pointer to a uniformly chosen node (one in eight null). */
export function probeInput(n: number, rng: Rng): [Pairs] {
  const pairs: Pairs = new Array(n);
  for (let i = 0; i < n; i++) pairs[i] = [rng.int(-10000, 10000), rng.int(0, 7) === 0 ? null : rng.int(0, n - 1)];
  return [pairs];
}
