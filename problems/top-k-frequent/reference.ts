// Count, then bucket the values by count and read the buckets from the highest count down: O(n).
export function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  if (!Number.isInteger(k) || k < 1 || k > counts.size) {
    throw new RangeError(`k must be between 1 and the number of distinct values (${counts.size}), got ${k}`);
  }
  const buckets: number[][] = Array.from({ length: nums.length + 1 }, () => []);
  for (const [value, count] of counts) buckets[count].push(value);
  const out: number[] = [];
  for (let count = nums.length; count >= 1 && out.length < k; count--) {
    for (const value of buckets[count]) {
      if (out.length === k) break;
      out.push(value);
    }
  }
  return out;
}
