// A stack of the brackets still open: each closer must match the top, and nothing may be
// left open at the end.
const OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

export function isValid(s: string): boolean {
  const open: string[] = [];
  for (const ch of s) {
    const want = OPENER[ch];
    if (want === undefined) open.push(ch);
    else if (open.pop() !== want) return false;
  }
  return open.length === 0;
}
