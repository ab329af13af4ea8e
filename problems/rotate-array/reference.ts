// Three reversals: reversing everything puts the last k elements first, each part backwards; fix both parts.
function reverse(nums: number[], from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) {
    const t = nums[i];
    nums[i] = nums[j];
    nums[j] = t;
  }
}

export function rotate(nums: number[], k: number): void {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  const n = nums.length;
  if (n === 0) return;
  const steps = k % n;
  reverse(nums, 0, n);
  reverse(nums, 0, steps);
  reverse(nums, steps, n);
}
