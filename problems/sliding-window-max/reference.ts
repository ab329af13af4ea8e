// Monotonic deque of indices: values strictly decrease from head to tail.
export function maxSlidingWindow(nums: number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be between 1 and ${nums.length}, got ${k}`);
  }
  const deque = new Int32Array(nums.length);
  let head = 0;
  let tail = 0;
  const out: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (tail > head && nums[deque[tail - 1]] <= nums[i]) tail--;
    deque[tail++] = i;
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) out.push(nums[deque[head]]);
  }
  return out;
}
