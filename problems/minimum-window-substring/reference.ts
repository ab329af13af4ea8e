// A window that grows on the right until it covers t, then shrinks on the left while it still does.
export function minWindow(s: string, t: string): string {
  const need = new Int32Array(128); // count in t minus count in the window
  for (let i = 0; i < t.length; i++) need[t.charCodeAt(i)]++;
  let missing = t.length; // letters of t (repeats counted) the window still lacks
  let bestStart = 0;
  let bestLength = Infinity;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    if (need[s.charCodeAt(right)]-- > 0) missing--;
    while (missing === 0) {
      if (right - left + 1 < bestLength) {
        bestStart = left;
        bestLength = right - left + 1;
      }
      if (++need[s.charCodeAt(left)] > 0) missing++;
      left++;
    }
  }
  return bestLength === Infinity ? "" : s.slice(bestStart, bestStart + bestLength);
}
