// Transpose across the main diagonal, then mirror each row: a clockwise quarter turn.
export function rotate(matrix: number[][]): void {
  const n = matrix.length;
  for (const row of matrix) {
    if (!Array.isArray(row) || row.length !== n) throw new RangeError(`matrix must be square: a row has ${row?.length} entries, expected ${n}`);
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const t = matrix[i][j];
      matrix[i][j] = matrix[j][i];
      matrix[j][i] = t;
    }
  }
  for (const row of matrix) row.reverse();
}
