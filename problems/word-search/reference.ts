// Depth-first search from every cell; a cell on the current path is marked in place and restored on the way back.
export function exist(board: string[][], word: string): boolean {
  const rows = board.length;
  const cols = rows ? board[0].length : 0;
  const trace = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    const letter = board[r][c];
    board[r][c] = "#";
    const found = trace(r + 1, c, i + 1) || trace(r - 1, c, i + 1) || trace(r, c + 1, i + 1) || trace(r, c - 1, i + 1);
    board[r][c] = letter;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (trace(r, c, 0)) return true;
  return false;
}
