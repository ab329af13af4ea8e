// The largest and the smallest product of a subarray ending at each element.
export function maxProduct(nums: number[]): number {
  if (nums.length === 0) throw new RangeError("nums must not be empty");
  let hi = nums[0];
  let lo = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    const x = nums[i];
    const a = x * hi;
    const b = x * lo;
    hi = Math.max(x, a, b);
    lo = Math.min(x, a, b);
    if (hi > best) best = hi;
  }
  return best === 0 ? 0 : best; // no -0
}
