import type { Rng } from "../../src/random/rng.js";

// Short non-decreasing arrays drawn from a few values, so runs of equal values are long
// and often touch either end; the target is a value in the array (often the first or the
// last one), or one between or outside them.
export function generate(n: number, rng: Rng): [number[], number] {
  const len = rng.pick([0, 1, 2, rng.int(0, n)]);
  const nums: number[] = [];
  let v = rng.int(-10, 10);
  for (let i = 0; i < len; i++) {
    nums.push(v);
    if (rng.bool(0.4)) v += rng.int(1, 3);
  }
  let target: number;
  const mode = rng.int(0, 3);
  if (len > 0 && mode === 0) target = rng.pick([nums[0], nums[len - 1]]);
  else if (len > 0 && mode === 1) target = rng.pick(nums);
  else target = rng.int(-12, v + 3);
  return [nums, target];
}

// The first quarter rises 0, 2, 4, ...; then the target repeats n/2 times; the last part
// keeps rising in steps of 2 above it.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const start = Math.floor(n / 4) + rng.int(0, 1);
  const runEnd = Math.min(n, start + Math.floor(n / 2));
  const target = 2 * start + 1;
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = i < start ? 2 * i : i < runEnd ? target : 2 * i + 2;
  return [nums, target];
}
