import type { Rng } from "../../src/random/rng.js";

// Short arrays of small values, heavy in negatives, zeros and ±1.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const style = rng.pick(["tiny", "negative", "wide"]);
  const nums = Array.from({ length }, () => {
    if (style === "tiny") return rng.int(-2, 2);
    if (style === "negative") return rng.bool(0.7) ? -rng.int(1, 4) : rng.int(0, 3);
    return rng.int(-10, 10);
  });
  return [nums];
}

// n values from -2, -1, 1, 2 with a 0 at least every 20 positions: products stay below 2^20.
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums = new Array<number>(n);
  const choices = [-2, -1, 1, 2];
  for (let i = 0; i < n; i++) nums[i] = i % 20 === 19 || rng.bool(0.02) ? 0 : choices[rng.int(0, 3)];
  return [nums];
}
