// One row of the distance table plus the saved diagonal value.
export function minDistance(word1: string, word2: string): number {
  const m = word2.length;
  const row = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= word1.length; i++) {
    let diagonal = row[0]; // d[i-1][j-1]
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const above = row[j]; // d[i-1][j]
      row[j] = word1[i - 1] === word2[j - 1] ? diagonal : 1 + Math.min(above, row[j - 1], diagonal);
      diagonal = above;
    }
  }
  return row[m];
}
