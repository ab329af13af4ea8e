import type { Rng } from "../../src/random/rng.js";

// Short histograms: random heights from a small range (ties and zeros are common), or
// sorted up, sorted down, all equal, or a valley; the empty histogram too.
export function generate(n: number, rng: Rng): [number[]] {
  const len = rng.pick([0, 1, 2, rng.int(0, n), rng.int(0, n)]);
  const top = rng.pick([2, 5, 10]);
  const heights: number[] = [];
  for (let i = 0; i < len; i++) heights.push(rng.int(0, top));
  const shape = rng.int(0, 5);
  if (shape === 0) heights.sort((a, b) => a - b);
  else if (shape === 1) heights.sort((a, b) => b - a);
  else if (shape === 2) heights.fill(rng.int(0, top));
  else if (shape === 3) for (let i = 0; i < len; i++) heights[i] = Math.abs(2 * i - len) + rng.int(0, 1);
  return [heights];
}

// A mountain: heights rise by 2 or 3 per bar up to the middle, then fall the same way.
export function probeInput(n: number, rng: Rng): [number[]] {
  const heights: number[] = new Array(n);
  let h = 1;
  for (let i = 0; i < n; i++) {
    heights[i] = h;
    h += (i < n / 2 ? 1 : -1) * rng.int(2, 3);
    if (h < 0) h = 0;
  }
  return [heights];
}
