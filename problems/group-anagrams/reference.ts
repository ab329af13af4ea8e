// Key every word by its 26 letter counts. Each count becomes one UTF-16 code unit of the
// key (counts stay far below 65536), so the key is unambiguous without separators.
export function groupAnagrams(strs: string[]): string[][] {
  const groups = new Map<string, string[]>();
  const counts = new Int32Array(26);
  for (const word of strs) {
    counts.fill(0);
    for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) - 97]++;
    const key = String.fromCharCode(...counts);
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
