// 0/1 knapsack on sums: reach[s] says whether some of the numbers so far add up to s.
export function canPartition(nums: number[]): boolean {
  if (nums.length === 0) throw new RangeError("nums must not be empty");
  let total = 0;
  for (const x of nums) {
    if (!Number.isInteger(x) || x < 1) throw new RangeError(`every value must be a whole number >= 1, got ${x}`);
    total += x;
  }
  if (total % 2 === 1) return false;
  const half = total / 2;
  const reach = new Uint8Array(half + 1);
  reach[0] = 1;
  for (const x of nums) {
    for (let s = half; s >= x; s--) if (reach[s - x]) reach[s] = 1;
    if (reach[half]) return true;
  }
  return false;
}
