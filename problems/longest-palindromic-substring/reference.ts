// Expand around each of the 2n - 1 centres; keep the widest window.
export function longestPalindrome(s: string): string {
  let bestLo = 0;
  let bestHi = 0; // exclusive
  const expand = (lo: number, hi: number) => {
    while (lo >= 0 && hi < s.length && s[lo] === s[hi]) {
      lo--;
      hi++;
    }
    // s[lo + 1 .. hi - 1] is the palindrome
    if (hi - lo - 1 > bestHi - bestLo) {
      bestLo = lo + 1;
      bestHi = hi;
    }
  };
  for (let i = 0; i < s.length; i++) {
    expand(i, i);
    expand(i, i + 1);
  }
  return s.slice(bestLo, bestHi);
}
