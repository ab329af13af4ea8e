import type { Rng } from "../../src/random/rng.js";

// n courses whose pairs respect a hidden random order (so no cycle), then about half the
// inputs are changed on purpose: a pair against that order (a cycle when a path already
// runs the other way), a two-course cycle, a self-requirement, or a repeated pair. Diamond
// shapes (two routes to one course) come up often and must not count as cycles.
export function generate(n: number, rng: Rng): [number, number[][]] {
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const pairs: number[][] = [];
  const count = n < 2 ? 0 : rng.int(0, 2 * n);
  for (let k = 0; k < count; k++) {
    const i = rng.int(0, n - 2);
    const j = rng.int(i + 1, n - 1);
    pairs.push([order[j], order[i]]); // order[i] is taken first
  }
  const change = rng.int(0, 7);
  if (change <= 1 && n >= 2) {
    const i = rng.int(0, n - 2);
    const j = rng.int(i + 1, n - 1);
    pairs.push([order[i], order[j]]);
    if (change === 1) pairs.push([order[j], order[i]]);
  } else if (change === 2 && n >= 1) {
    const c = rng.int(0, n - 1);
    pairs.push([c, c]);
  } else if (change === 3 && pairs.length > 0) {
    pairs.push([...rng.pick(pairs)]);
  }
  rng.shuffle(pairs);
  return [n, pairs];
}

// n courses in about 40 levels (fewer when n is small); each course outside the first
// level needs two courses from lower levels. No cycle, so the answer is true and every
// pair has to be examined; about 2n pairs.
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
