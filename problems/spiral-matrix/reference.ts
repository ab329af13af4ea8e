// Four boundaries that close in one side at a time; the re-checks stop a last single row or column being read twice.
export function spiralOrder(matrix: number[][]): number[] {
  const m = matrix.length;
  const n = m > 0 ? matrix[0].length : 0;
  const out = new Array<number>(m * n); // sized once: the answer has every element exactly once
  let k = 0;
  let top = 0;
  let bottom = m - 1;
  let left = 0;
  let right = n - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) out[k++] = matrix[top][j];
    top++;
    for (let i = top; i <= bottom; i++) out[k++] = matrix[i][right];
    right--;
    if (top <= bottom) {
      for (let j = right; j >= left; j--) out[k++] = matrix[bottom][j];
      bottom--;
    }
    if (left <= right) {
      for (let i = bottom; i >= top; i--) out[k++] = matrix[i][left];
      left++;
    }
  }
  return out;
}
