// Breadth-first search by ranges: the indices reachable in exactly k jumps form a block
// ending at `end`; scanning it, the farthest reach is where the next block ends.
export function jump(nums: number[]): number {
  const n = nums.length;
  if (n === 0) throw new RangeError("nums is empty: there is no last index to reach");
  let jumps = 0;
  let end = 0;
  let far = 0;
  for (let i = 0; i < n - 1; i++) {
    far = Math.max(far, i + nums[i]);
    if (i === end) {
      if (far <= i) throw new RangeError(`the last index cannot be reached: every path stops by index ${i}`);
      jumps++;
      end = far;
      if (end >= n - 1) break;
    }
  }
  return jumps;
}
