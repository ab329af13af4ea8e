import type { Rng } from "../../src/random/rng.js";

/** n strictly increasing values inside LeetCode's [-10^4, 10^4]: consecutive runs, random gaps, or the range's ends. */
export function generate(n: number, rng: Rng): [number[]] {
  if (rng.bool(0.03)) return [[]];
  const mode = rng.int(0, 3);
  const nums: number[] = [];
  if (mode === 0) {
    const start = rng.int(-10, 10);
    for (let i = 0; i < n; i++) nums.push(start + i);
  } else if (mode === 1) {
    let v = rng.int(-10000, -10000 + 50);
    for (let i = 0; i < n; i++) {
      nums.push(v);
      v += rng.int(1, 40);
    }
  } else {
    const seen = new Set<number>();
    if (mode === 3) for (const v of [-10000, 10000, 0]) if (seen.size < n) seen.add(v);
    while (seen.size < n) seen.add(rng.int(-10000, 10000));
    nums.push(...[...seen].sort((a, b) => a - b));
  }
  return [nums];
}

/** n consecutive increasing integers (n may exceed LeetCode's 10^4 in probes). */
export function probeInput(n: number, rng: Rng): [number[]] {
  const start = rng.int(-10000, 0);
  const nums = new Array<number>(n);
  for (let i = 0; i < n; i++) nums[i] = start + i;
  return [nums];
}
