// Backtracking with a used flag per position; a copy of the path is recorded.
export function permute(nums: number[]): number[][] {
  const n = nums.length;
  const out: number[][] = [];
  const path: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const extend = (): void => {
    if (path.length === n) {
      out.push(path.slice());
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      path.push(nums[i]);
      extend();
      path.pop();
      used[i] = false;
    }
  };
  extend();
  return out;
}
