const MOD = 1_000_000_007;

// Each row from the one above it: ones at both ends, sums of neighbours inside.
export function generate(numRows: number): number[][] {
  if (!Number.isInteger(numRows) || numRows < 0) throw new RangeError(`numRows must be a whole number >= 0, got ${numRows}`);
  const rows: number[][] = [];
  for (let r = 0; r < numRows; r++) {
    const row = new Array<number>(r + 1);
    row[0] = 1;
    row[r] = 1;
    const above = rows[r - 1];
    for (let c = 1; c < r; c++) row[c] = (above[c - 1] + above[c]) % MOD;
    rows.push(row);
  }
  return rows;
}
