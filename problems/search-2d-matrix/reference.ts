// One binary search over the cells in reading order: cell k is matrix[k / cols][k % cols].
export function searchMatrix(matrix: number[][], target: number): boolean {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : matrix[0].length;
  let lo = 0;
  let hi = rows * cols - 1;
  while (lo <= hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const v = matrix[Math.floor(mid / cols)][mid % cols];
    if (v === target) return true;
    if (v < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
