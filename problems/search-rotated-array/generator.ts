import type { Rng } from "../../src/random/rng.js";

// Distinct increasing values (gaps of 1 to 3, so absent targets fall between them too),
// rotated by any amount including 0 and n - 1; the target is an element (often one at
// an end or next to the rotation point) or a value that is absent.
export function generate(n: number, rng: Rng): [number[], number] {
  const len = rng.int(0, n);
  const sorted: number[] = [];
  let v = rng.int(-20, 20);
  for (let i = 0; i < len; i++) {
    sorted.push(v);
    v += rng.int(1, 3);
  }
  const shift = len === 0 ? 0 : rng.pick([0, 1, len - 1, rng.int(0, len - 1)]);
  const nums = [...sorted.slice(shift), ...sorted.slice(0, shift)];
  let target: number;
  const mode = rng.int(0, 3);
  if (len > 0 && mode === 0) target = rng.pick([nums[0], nums[len - 1], sorted[0], sorted[len - 1]]);
  else if (len > 0 && mode === 1) target = rng.pick(nums);
  else target = rng.int(-25, v + 5);
  return [nums, target];
}

// The even numbers 0, 2, ..., 2(n - 1) rotated at a random point; the target is one of
// them half of the time, an odd (absent) number otherwise.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const shift = n === 0 ? 0 : rng.int(0, n - 1);
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = 2 * ((i + shift) % n);
  const target = n > 0 && rng.bool(0.5) ? nums[rng.int(0, n - 1)] : 2 * rng.int(0, n) - 1;
  return [nums, target];
}
