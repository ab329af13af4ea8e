// Lower bound: the first index whose value is >= target, found over the half-open range
// [lo, hi). Everything left of lo is smaller than target, everything from hi on is not.
export function searchInsert(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
