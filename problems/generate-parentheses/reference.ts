// Backtracking with counts: '(' while open < n, ')' while close < open; a full-length string is balanced.
export function generateParenthesis(n: number): string[] {
  const out: string[] = [];
  const chars: string[] = [];
  const extend = (open: number, close: number): void => {
    if (chars.length === 2 * n) {
      out.push(chars.join(""));
      return;
    }
    if (open < n) {
      chars.push("(");
      extend(open + 1, close);
      chars.pop();
    }
    if (close < open) {
      chars.push(")");
      extend(open, close + 1);
      chars.pop();
    }
  };
  extend(0, 0);
  return out;
}
