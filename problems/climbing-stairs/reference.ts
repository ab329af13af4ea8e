const MOD = 2147483647;

// Two running counts: ways to reach the previous stair and the current one.
export function climbStairs(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number >= 1, got ${n}`);
  let before = 1; // ways(0): standing at the bottom
  let current = 1; // ways(1)
  for (let i = 2; i <= n; i++) {
    const next = (before + current) % MOD;
    before = current;
    current = next;
  }
  return current;
}
