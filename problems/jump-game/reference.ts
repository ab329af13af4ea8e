// One pass keeping the farthest index reachable so far. The reachable indices are always a
// prefix 0..reach, so meeting an index beyond reach means nothing after it can be reached.
// O(n) time, O(1) extra space.
export function canJump(nums: number[]): boolean {
  if (nums.length === 0) throw new RangeError("nums must not be empty: there is no last index");
  const last = nums.length - 1;
  let reach = 0;
  for (let i = 0; i <= reach; i++) {
    reach = Math.max(reach, i + nums[i]);
    if (reach >= last) return true;
  }
  return false;
}
