import type { Rng } from "../../src/random/rng.js";

// Short arrays: random mixes, one or two colours only, or already sorted / reversed.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const colours = rng.pick([[0, 1, 2], [0, 1, 2], [0, 2], [1, 2], [0, 1], [2]]);
  const nums = Array.from({ length }, () => rng.pick(colours));
  const order = rng.int(0, 4);
  if (order === 0) nums.sort((a, b) => a - b);
  else if (order === 1) nums.sort((a, b) => b - a);
  return [nums];
}

// A third 2s, then a third 1s, then the rest 0s: reverse-sorted.
export function probeInput(n: number): [number[]] {
  const nums = new Array<number>(n);
  const third = Math.floor(n / 3);
  for (let i = 0; i < n; i++) nums[i] = i < third ? 2 : i < 2 * third ? 1 : 0;
  return [nums];
}
