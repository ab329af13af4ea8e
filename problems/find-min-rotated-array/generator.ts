import type { Rng } from "../../src/random/rng.js";

// Distinct increasing values (gaps of 1 to 4, negatives too) rotated by 0, 1, len - 1 or
// any amount; lengths 1 and 2 come up often (the empty array is invalid input, left to
// the fixed cases).
export function generate(n: number, rng: Rng): [number[]] {
  const len = rng.pick([1, 2, 3, rng.int(1, Math.max(1, n))]);
  const sorted: number[] = [];
  let v = rng.int(-20, 20);
  for (let i = 0; i < len; i++) {
    sorted.push(v);
    v += rng.int(1, 4);
  }
  const shift = rng.pick([0, 1, len - 1, rng.int(0, len - 1)]);
  return [[...sorted.slice(shift), ...sorted.slice(0, shift)]];
}

// The even numbers 0 .. 2(n - 1), rotated so the smallest lands in the second half.
export function probeInput(n: number, rng: Rng): [number[]] {
  const at = n <= 1 ? 0 : rng.int(Math.floor(n / 2), n - 1);
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = 2 * ((i - at + n) % n);
  return [nums];
}
