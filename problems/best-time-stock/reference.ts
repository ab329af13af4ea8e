// One pass: the best sale today buys at the lowest price seen before (or on) today.
export function maxProfit(prices: number[]): number {
  let low = Infinity;
  let best = 0;
  for (const p of prices) {
    if (p < low) low = p;
    else if (p - low > best) best = p - low;
  }
  return best;
}
