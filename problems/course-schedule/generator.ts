import type { Rng } from "../../src/random/rng.js";

// n courses. Pairs follow a hidden random order (so the graph is acyclic), then some
// inputs get spoiled on purpose: a pair against that order (often closing a cycle), a
// two-course cycle, a self-requirement, or repeated pairs. Courses in no pair are common.
export function generate(n: number, rng: Rng): [number, number[][]] {
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const pairs: number[][] = [];
  const count = n < 2 ? 0 : rng.int(0, 2 * n);
  for (let k = 0; k < count; k++) {
    const i = rng.int(0, n - 2);
    const j = rng.int(i + 1, n - 1);
    pairs.push([order[j], order[i]]); // order[i] comes first
  }
  const spoil = rng.int(0, 6);
  if (spoil <= 1 && n >= 2) {
    // a back pair: order[j] before order[i], against the hidden order; a cycle when a
    // path order[i] → … → order[j] exists, always when spoil is 1 (the reverse pair is added too)
    const i = rng.int(0, n - 2);
    const j = rng.int(i + 1, n - 1);
    pairs.push([order[i], order[j]]);
    if (spoil === 1) pairs.push([order[j], order[i]]);
  } else if (spoil === 2) {
    const c = rng.int(0, n - 1);
    pairs.push([c, c]);
  } else if (spoil === 3 && pairs.length > 0) {
    for (let k = rng.int(1, 3); k > 0; k--) pairs.push([...rng.pick(pairs)]);
  }
  rng.shuffle(pairs);
  return [n, pairs];
}

// n courses in about 40 levels (fewer when n is small); every course outside the first
// level gets two prerequisites chosen from lower levels. Acyclic, about 2n pairs.
export function probeInput(n: number, rng: Rng): [number, number[][]] {
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const levels = Math.max(1, Math.min(40, n));
  const pairs: number[][] = [];
  for (let pos = 0; pos < n; pos++) {
    const levelStart = Math.ceil((Math.floor((pos * levels) / n) * n) / levels);
    if (levelStart === 0) continue;
    for (let k = 0; k < 2; k++) pairs.push([order[pos], order[rng.int(0, levelStart - 1)]]);
  }
  return [n, pairs];
}
