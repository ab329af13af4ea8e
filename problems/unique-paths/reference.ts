const MOD = 2147483647;

// One row of path counts, swept down the grid: row[j] += row[j - 1].
export function uniquePaths(m: number, n: number): number {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1) throw new RangeError(`m and n must be whole numbers >= 1, got ${m} and ${n}`);
  const row = new Array<number>(n).fill(1);
  for (let i = 1; i < m; i++) {
    for (let j = 1; j < n; j++) row[j] = (row[j] + row[j - 1]) % MOD;
  }
  return row[n - 1];
}
