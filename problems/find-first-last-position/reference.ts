// Two boundary searches: the first index whose value is >= target, and the first index
// whose value is > target; the copies of target lie between them.
function firstIndex(nums: number[], target: number, orEqual: boolean): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] < target || (orEqual && nums[mid] === target)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function searchRange(nums: number[], target: number): number[] {
  const first = firstIndex(nums, target, false);
  if (first === nums.length || nums[first] !== target) return [-1, -1];
  return [first, firstIndex(nums, target, true) - 1];
}
