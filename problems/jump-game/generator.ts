import type { Rng } from "../../src/random/rng.js";

// Small arrays of short jumps with many zeros. One mode plants a route to the end among
// zeros, with route jumps that often overshoot onto a 0 (the longest-jump trap), so true
// answers are as common as false ones.
export function generate(n: number, rng: Rng): [number[]] {
  const mode = rng.int(0, 4);
  const nums: number[] = [];
  if (mode === 0) {
    // mostly ones with the odd zero
    for (let i = 0; i < n; i++) nums.push(rng.bool(0.07) ? 0 : 1);
  } else if (mode === 1) {
    // a "ladder" whose positions all reach the same index, which then decides the answer
    const top = rng.int(0, n - 1);
    for (let i = 0; i < n; i++) nums.push(i < top ? top - i : i === top ? rng.int(0, 1) : rng.int(0, 2));
  } else if (mode === 2) {
    // a planted route 0 = r0 < r1 < ... < n-1; every other index is usually 0
    for (let i = 0; i < n; i++) nums.push(rng.bool(0.6) ? 0 : rng.int(1, 2));
    let at = 0;
    while (at < n - 1) {
      const next = Math.min(n - 1, at + rng.int(1, 3));
      nums[at] = next - at + (rng.bool(0.5) ? 1 : 0);
      at = next;
    }
  } else {
    const maxJump = rng.pick([2, 3, 5, n]);
    const zeroRate = rng.pick([0.15, 0.3, 0.5]);
    for (let i = 0; i < n; i++) nums.push(rng.bool(zeroRate) ? 0 : rng.int(1, maxJump));
  }
  return [nums];
}

/** n jump lengths of 1 or 2: always reachable, so a solution must scan the whole array. */
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(Math.max(n, 1));
  for (let i = 0; i < nums.length; i++) nums[i] = rng.int(0, 3) === 0 ? 2 : 1;
  return [nums];
}
