// Sort, fix the smallest value, then close in on the other two with two pointers.
export function threeSum(nums: number[]): number[][] {
  const a = [...nums].sort((x, y) => x - y);
  const n = a.length;
  const out: number[][] = [];
  for (let i = 0; i < n - 2 && a[i] <= 0; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const sum = a[i] + a[lo] + a[hi];
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        out.push([a[i], a[lo], a[hi]]);
        const low = a[lo];
        const high = a[hi];
        while (lo < hi && a[lo] === low) lo++;
        while (lo < hi && a[hi] === high) hi--;
      }
    }
  }
  return out;
}
