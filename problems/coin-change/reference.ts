// best[x] = fewest coins making x. Every x is built from a smaller amount plus one coin.
export function coinChange(coins: number[], amount: number): number {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`amount must be a non-negative integer, got ${amount}`);
  for (const c of coins) {
    if (!Number.isInteger(c) || c < 1) throw new RangeError(`every coin must be worth at least 1, got ${c}`);
  }
  const unreachable = amount + 1;
  const best = new Int32Array(amount + 1).fill(unreachable);
  best[0] = 0;
  for (let x = 1; x <= amount; x++) {
    for (const c of coins) {
      if (c <= x && best[x - c] + 1 < best[x]) best[x] = best[x - c] + 1;
    }
  }
  return best[amount] === unreachable ? -1 : best[amount];
}
