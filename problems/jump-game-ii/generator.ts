import type { Rng } from "../../src/random/rng.js";

// Short arrays whose last index is always reachable: random jump lengths from a small
// range (zeros included, but each zero is covered by an earlier longer jump), sometimes
// one long jump at the start, sometimes all ones.
export function generate(n: number, rng: Rng): [number[]] {
  const len = rng.pick([1, 2, rng.int(1, n), rng.int(1, n)]);
  const top = rng.pick([1, 2, 3, 5]);
  const nums: number[] = [];
  for (let i = 0; i < len; i++) nums.push(rng.int(0, top));
  if (rng.bool(0.15)) nums[0] = len;
  // Make sure every index up to the last is reachable: lift a value where the reach stalls.
  let far = 0;
  for (let i = 0; i < len - 1; i++) {
    if (far <= i && i + nums[i] <= i) nums[i] = rng.int(1, 3);
    far = Math.max(far, i + nums[i]);
  }
  return [nums];
}

// The first half jumps 1 or 2; the second half jumps up to n/4 (at least 1).
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  const big = Math.max(1, Math.floor(n / 4));
  for (let i = 0; i < n; i++) nums[i] = i < n / 2 ? rng.int(1, 2) : rng.int(1, big);
  return [nums];
}
