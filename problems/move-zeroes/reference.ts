// A write index: every non-zero value is swapped down to it, so the zeros collect behind it.
export function moveZeroes(nums: number[]): void {
  let write = 0;
  for (let read = 0; read < nums.length; read++) {
    if (nums[read] !== 0) {
      const value = nums[read];
      nums[read] = nums[write];
      nums[write] = value;
      write++;
    }
  }
}
