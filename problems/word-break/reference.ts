// reachable[i]: the prefix s[0, i) can be split into words. From every reachable
// position, each word that occurs there extends the reach.
export function wordBreak(s: string, wordDict: string[]): boolean {
  const n = s.length;
  const words = [...new Set(wordDict)];
  const reachable = new Uint8Array(n + 1);
  reachable[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!reachable[i]) continue;
    for (const w of words) {
      if (i + w.length <= n && s.startsWith(w, i)) reachable[i + w.length] = 1;
    }
  }
  return reachable[n] === 1;
}
