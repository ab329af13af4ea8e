// Row by row; columns, diagonals (row - col) and anti-diagonals (row + col) in use are flags, so each test is O(1).
export function solveNQueens(n: number): string[][] {
  const cols = new Array<boolean>(n).fill(false);
  const diag = new Array<boolean>(2 * n).fill(false);
  const anti = new Array<boolean>(2 * n).fill(false);
  const queenAt: number[] = [];
  const out: string[][] = [];
  const place = (row: number): void => {
    if (row === n) {
      out.push(queenAt.map((c) => ".".repeat(c) + "Q" + ".".repeat(n - c - 1)));
      return;
    }
    for (let c = 0; c < n; c++) {
      const d = row - c + n;
      const a = row + c;
      if (cols[c] || diag[d] || anti[a]) continue;
      cols[c] = diag[d] = anti[a] = true;
      queenAt.push(c);
      place(row + 1);
      queenAt.pop();
      cols[c] = diag[d] = anti[a] = false;
    }
  };
  place(0);
  return out;
}
