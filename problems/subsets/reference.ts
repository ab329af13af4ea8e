// Backtracking: at each index, leave the number out or take it; a copy of the path is recorded at the end.
export function subsets(nums: number[]): number[][] {
  const out: number[][] = [];
  const path: number[] = [];
  const decide = (i: number): void => {
    if (i === nums.length) {
      out.push(path.slice());
      return;
    }
    decide(i + 1);
    path.push(nums[i]);
    decide(i + 1);
    path.pop();
  };
  decide(0);
  return out;
}
