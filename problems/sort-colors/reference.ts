// Dutch national flag: [0, low) zeros, [low, i) ones, [i, high] unseen, (high, n) twos.
export function sortColors(nums: number[]): void {
  let low = 0;
  let i = 0;
  let high = nums.length - 1;
  while (i <= high) {
    const v = nums[i];
    if (v === 0) {
      nums[i] = nums[low];
      nums[low] = 0;
      low++;
      i++;
    } else if (v === 2) {
      nums[i] = nums[high];
      nums[high] = 2;
      high--; // the value that came from high is looked at next
    } else i++;
  }
}
