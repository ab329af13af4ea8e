// Two pointers from the ends; the shorter line can never do better with a narrower partner, so it moves.
export function maxArea(height: number[]): number {
  if (height.length < 2) throw new RangeError(`need at least two lines, got ${height.length}`);
  let left = 0;
  let right = height.length - 1;
  let best = 0;
  while (left < right) {
    const h = Math.min(height[left], height[right]);
    best = Math.max(best, h * (right - left));
    if (height[left] < height[right]) left++;
    else right--;
  }
  return best;
}
