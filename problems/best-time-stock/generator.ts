import type { Rng } from "../../src/random/rng.js";

// Short price lists: random from a small range (ties), falling only, rising only, or
// with the overall minimum after the overall maximum; the empty list too.
export function generate(n: number, rng: Rng): [number[]] {
  const len = rng.pick([0, 1, 2, rng.int(0, n), rng.int(0, n)]);
  const top = rng.pick([3, 10, 10000]);
  const prices: number[] = [];
  for (let i = 0; i < len; i++) prices.push(rng.int(0, top));
  const shape = rng.int(0, 4);
  if (shape === 0) prices.sort((a, b) => b - a);
  else if (shape === 1) prices.sort((a, b) => a - b);
  else if (shape === 2 && len >= 2) {
    prices[rng.int(0, Math.floor(len / 2) - 1 + (len % 2))] = top;
    prices[len - 1] = 0;
  }
  return [prices];
}

// n random prices in [0, 10^4].
export function probeInput(n: number, rng: Rng): [number[]] {
  const prices: number[] = new Array(n);
  for (let i = 0; i < n; i++) prices[i] = rng.int(0, 10000);
  return [prices];
}
