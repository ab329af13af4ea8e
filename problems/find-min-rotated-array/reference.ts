// Compare the middle with the right end of the range: a larger middle lies in the upper
// run, so the minimum is to its right; otherwise the minimum is at the middle or left of it.
export function findMin(nums: number[]): number {
  if (nums.length === 0) throw new RangeError("nums is empty: it has no minimum");
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] > nums[hi]) lo = mid + 1;
    else hi = mid;
  }
  return nums[lo];
}
