// Running prefix sum; a subarray ending here sums to k when an earlier prefix equals
// sum - k. `seen` counts how often each prefix sum occurred (the empty prefix: once).
export function subarraySum(nums: number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]);
  let sum = 0;
  let count = 0;
  for (const x of nums) {
    sum += x;
    count += seen.get(sum - k) ?? 0;
    seen.set(sum, (seen.get(sum) ?? 0) + 1);
  }
  return count;
}
