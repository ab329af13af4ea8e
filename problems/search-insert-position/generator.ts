import type { Rng } from "../../src/random/rng.js";

// Distinct increasing values with gaps of 1 to 3 (so absent targets fall between them);
// the target is often an end value, one just outside either end, or an absent value
// inside the range, and lengths 0 to 2 come up often.
export function generate(n: number, rng: Rng): [number[], number] {
  const len = rng.pick([0, 1, 2, rng.int(0, n)]);
  const nums: number[] = [];
  let v = rng.int(-20, 20);
  for (let i = 0; i < len; i++) {
    nums.push(v);
    v += rng.int(1, 3);
  }
  let target: number;
  const mode = rng.int(0, 3);
  if (len > 0 && mode === 0) target = rng.pick([nums[0], nums[len - 1], nums[0] - 1, nums[len - 1] + 1]);
  else if (len > 0 && mode === 1) target = rng.pick(nums);
  else target = rng.int(-25, v + 5);
  return [nums, target];
}

// The even numbers 0, 2, ..., 2(n - 1); the target lies in the upper half, an element half
// of the time and an odd (absent) value otherwise, sometimes past the last element.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = 2 * i;
  const at = rng.int(Math.floor(n / 2), n);
  const target = rng.bool(0.5) && at < n ? 2 * at : 2 * at - 1;
  return [nums, target];
}
