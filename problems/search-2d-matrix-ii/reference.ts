// Staircase from the top-right corner: each comparison rules out a whole column or a whole row.
export function searchMatrix(matrix: number[][], target: number): boolean {
  let row = 0;
  let col = matrix.length > 0 ? matrix[0].length - 1 : -1;
  while (row < matrix.length && col >= 0) {
    const value = matrix[row][col];
    if (value === target) return true;
    if (value > target) col--;
    else row++;
  }
  return false;
}
