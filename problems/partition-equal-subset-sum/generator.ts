import type { Rng } from "../../src/random/rng.js";

// Short arrays of small values (splits often exist), sometimes one big value, sometimes all even.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const style = rng.pick(["small", "wide", "one-big", "even"]);
  const nums = Array.from({ length }, () => {
    if (style === "small") return rng.int(1, 6);
    if (style === "even") return 2 * rng.int(1, 8);
    return rng.int(1, 100);
  });
  if (style === "one-big") nums[rng.int(0, length - 1)] = rng.int(50, 100);
  return [nums];
}

// n even values from 2 to 100 whose total is 2 mod 4: the half-sum is odd, so no subset of
// even values reaches it, the answer is false and the table is filled completely.
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums = new Array<number>(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    nums[i] = 2 * rng.int(1, 50);
    total += nums[i];
  }
  if (total % 4 === 0) nums[n - 1] += nums[n - 1] === 100 ? -2 : 2;
  return [nums];
}
