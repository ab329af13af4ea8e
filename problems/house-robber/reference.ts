// Two running values: the best total for the street up to the previous house and
// up to the one before it.
export function rob(nums: number[]): number {
  let beforePrev = 0;
  let prev = 0;
  for (const amount of nums) {
    const best = Math.max(prev, beforePrev + amount);
    beforePrev = prev;
    prev = best;
  }
  return prev;
}
