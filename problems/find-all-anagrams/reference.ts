// A window of len(p) letters slides over s; `diff` counts letters whose window count differs from p's.
export function findAnagrams(s: string, p: string): number[] {
  const m = p.length;
  const out: number[] = [];
  if (m > s.length) return out;
  const need = new Int32Array(26); // p's counts minus the window's counts
  for (let i = 0; i < m; i++) need[p.charCodeAt(i) - 97]++;
  let diff = 0;
  for (const c of need) if (c !== 0) diff++;
  const shift = (letter: number, delta: number) => {
    if (need[letter] === 0) diff++;
    need[letter] += delta;
    if (need[letter] === 0) diff--;
  };
  for (let i = 0; i < s.length; i++) {
    shift(s.charCodeAt(i) - 97, -1);
    if (i >= m) shift(s.charCodeAt(i - m) - 97, +1);
    if (i >= m - 1 && diff === 0) out.push(i - m + 1);
  }
  return out;
}
