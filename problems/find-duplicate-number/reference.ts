// Floyd's tortoise and hare on the walk i -> nums[i]; the loop's entrance is the repeated value.
export function findDuplicate(nums: number[]): number {
  const n = nums.length - 1;
  if (n < 1) throw new RangeError("nums needs at least 2 values");
  for (const x of nums) if (!Number.isInteger(x) || x < 1 || x > n) throw new RangeError(`every value must be between 1 and ${n}, got ${x}`);
  let slow = nums[0];
  let fast = nums[nums[0]];
  while (slow !== fast) {
    slow = nums[slow];
    fast = nums[nums[fast]];
  }
  slow = 0;
  while (slow !== fast) {
    slow = nums[slow];
    fast = nums[fast];
  }
  return slow;
}
