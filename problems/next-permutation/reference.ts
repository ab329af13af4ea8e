// Pivot = rightmost i with nums[i] < nums[i + 1]; swap it with the rightmost larger value; reverse the suffix.
export function nextPermutation(nums: number[]): void {
  const reverse = (from: number) => {
    for (let a = from, b = nums.length - 1; a < b; a++, b--) {
      const t = nums[a];
      nums[a] = nums[b];
      nums[b] = t;
    }
  };
  let i = nums.length - 2;
  while (i >= 0 && nums[i] >= nums[i + 1]) i--;
  if (i >= 0) {
    let j = nums.length - 1;
    while (nums[j] <= nums[i]) j--;
    const t = nums[i];
    nums[i] = nums[j];
    nums[j] = t;
  }
  reverse(i + 1);
}
