// Bottom-up DP over prefixes, keeping two rows of length min(n, m) + 1.
export function longestCommonSubsequence(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  const m = b.length;
  let prev = new Int32Array(m + 1);
  let curr = new Int32Array(m + 1);
  for (let i = 1; i <= a.length; i++) {
    const ch = a[i - 1];
    for (let j = 1; j <= m; j++) {
      curr[j] = ch === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], curr[j - 1]);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[m];
}
