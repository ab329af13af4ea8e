// A table of which s[i..j] are palindromes, then backtracking on the start of the next piece.
export function partition(s: string): string[][] {
  const n = s.length;
  const pal: boolean[][] = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) pal[i][j] = s[i] === s[j] && (j - i < 2 || pal[i + 1][j - 1]);
  }
  const out: string[][] = [];
  const pieces: string[] = [];
  const cut = (start: number): void => {
    if (start === n) {
      out.push(pieces.slice());
      return;
    }
    for (let end = start; end < n; end++) {
      if (!pal[start][end]) continue;
      pieces.push(s.slice(start, end + 1));
      cut(end + 1);
      pieces.pop();
    }
  };
  cut(0);
  return out;
}
