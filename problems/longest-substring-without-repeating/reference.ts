// One pass with a sliding window: `left` is the first index of the current window and
// `lastSeen` maps a character to the last index where it occurred.
export function lengthOfLongestSubstring(s: string): number {
  const lastSeen = new Map<string, number>();
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const prev = lastSeen.get(ch);
    if (prev !== undefined && prev >= left) left = prev + 1;
    lastSeen.set(ch, i);
    if (i - left + 1 > best) best = i - left + 1;
  }
  return best;
}
