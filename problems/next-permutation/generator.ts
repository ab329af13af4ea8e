import type { Rng } from "../../src/random/rng.js";

// Short arrays over few values (repeats), often with a long non-increasing suffix or fully descending.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const top = rng.pick([1, 2, 3, 9]);
  const nums = Array.from({ length }, () => rng.int(0, top));
  const shape = rng.int(0, 3);
  if (shape === 0) nums.sort((a, b) => b - a);
  else if (shape === 1) {
    const cut = rng.int(0, length - 1);
    const tail = nums.splice(cut).sort((a, b) => b - a);
    nums.push(...tail);
  }
  return [nums];
}

// 0, then n - 1 values from 100 down to 1, non-increasing.
export function probeInput(n: number): [number[]] {
  const nums = new Array<number>(n);
  nums[0] = 0;
  for (let i = 1; i < n; i++) nums[i] = 1 + Math.floor(((n - 1 - i) * 100) / Math.max(1, n - 1));
  return [nums];
}
