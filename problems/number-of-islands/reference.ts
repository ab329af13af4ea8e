// Scan the grid; every unvisited land cell starts a new island, which an explicit-stack
// flood fill then marks completely. Cells are marked when pushed, so none is pushed twice.
export function numIslands(grid: number[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0].length;
  const seen = new Uint8Array(rows * cols);
  const stack = new Int32Array(rows * cols); // cell ids i * cols + j
  let islands = 0;
  for (let si = 0; si < rows; si++) {
    for (let sj = 0; sj < cols; sj++) {
      if (seen[si * cols + sj] || grid[si][sj] !== 1) continue;
      islands++;
      seen[si * cols + sj] = 1;
      let top = 0;
      stack[top++] = si * cols + sj;
      while (top > 0) {
        const cell = stack[--top];
        const i = (cell / cols) | 0;
        const j = cell - i * cols;
        if (i > 0 && !seen[cell - cols] && grid[i - 1][j] === 1) {
          seen[cell - cols] = 1;
          stack[top++] = cell - cols;
        }
        if (i + 1 < rows && !seen[cell + cols] && grid[i + 1][j] === 1) {
          seen[cell + cols] = 1;
          stack[top++] = cell + cols;
        }
        if (j > 0 && !seen[cell - 1] && grid[i][j - 1] === 1) {
          seen[cell - 1] = 1;
          stack[top++] = cell - 1;
        }
        if (j + 1 < cols && !seen[cell + 1] && grid[i][j + 1] === 1) {
          seen[cell + 1] = 1;
          stack[top++] = cell + 1;
        }
      }
    }
  }
  return islands;
}
