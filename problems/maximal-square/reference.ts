// One row of dp: side[j] is the side of the largest all-ones square whose
// bottom-right corner is (i, j); `diag` holds the previous row's side[j - 1].
export function maximalSquare(matrix: number[][]): number {
  const cols = matrix.length > 0 ? matrix[0].length : 0;
  const side = new Int32Array(cols + 1); // side[j + 1] is column j; side[0] stays 0
  let best = 0;
  for (const row of matrix) {
    let diag = 0;
    for (let j = 0; j < cols; j++) {
      const up = side[j + 1];
      side[j + 1] = row[j] === 1 ? 1 + Math.min(up, side[j], diag) : 0;
      if (side[j + 1] > best) best = side[j + 1];
      diag = up;
    }
  }
  return best * best;
}
