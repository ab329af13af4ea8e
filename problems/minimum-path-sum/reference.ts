// Row-by-row DP with one array: before cell (i, j) is updated, best[j] holds the cheapest
// cost of reaching the cell above it and best[j - 1] (already updated) the cell to its left.
// The first row and first column have a single way in, so they are running sums.
// O(rows·cols) time, O(cols) extra space; the grid is not modified.
export function minPathSum(grid: number[][]): number {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  if (rows === 0 || cols === 0) throw new RangeError("the grid must have at least one row and one column");
  const best: number[] = new Array(cols);
  best[0] = grid[0][0];
  for (let j = 1; j < cols; j++) best[j] = best[j - 1] + grid[0][j];
  for (let i = 1; i < rows; i++) {
    const row = grid[i];
    best[0] += row[0];
    for (let j = 1; j < cols; j++) best[j] = row[j] + Math.min(best[j], best[j - 1]);
  }
  return best[cols - 1];
}
