import type { Rng } from "../../src/random/rng.js";

// amount = n - 1 (so 0 shows up); 0 to 5 coin types, unsorted, sometimes repeated,
// sometimes all even (odd amounts unreachable), sometimes larger than the amount.
// Small coin sets like these are where the greedy choice goes wrong.
export function generate(n: number, rng: Rng): [number[], number] {
  const amount = n - 1;
  const count = rng.int(0, 5);
  const style = rng.int(0, 3);
  const coins: number[] = [];
  for (let k = 0; k < count; k++) {
    if (style === 0) coins.push(2 * rng.int(1, 6));
    else if (style === 1) coins.push(rng.int(1, Math.max(1, amount + 3)));
    else coins.push(rng.int(1, 12));
  }
  if (coins.length > 1 && rng.bool(0.2)) coins.push(rng.pick(coins));
  return [coins, amount];
}

const PROBE_COINS = [3, 7, 11, 19, 23, 37, 53, 97];

// amount = n with a fixed set of 8 coins.
export function probeInput(n: number, rng: Rng): [number[], number] {
  return [rng.shuffle([...PROBE_COINS]), n];
}
