// Kadane: the best sum ending at i is nums[i] alone or nums[i] added to the best sum ending at i - 1.
export function maxSubArray(nums: number[]): number {
  if (nums.length === 0) throw new RangeError("nums must not be empty");
  let endingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    endingHere = Math.max(nums[i], endingHere + nums[i]);
    best = Math.max(best, endingHere);
  }
  return best;
}
