// A stack of (text before the group, repeat count). Letters extend the current piece;
// ']' closes a group: the piece repeated k times is appended to the saved prefix.
export function decodeString(s: string): string {
  const stack: [string[], number][] = [];
  let cur: string[] = [];
  let num = 0;
  for (const ch of s) {
    if (ch >= "0" && ch <= "9") {
      num = num * 10 + (ch.charCodeAt(0) - 48);
    } else if (ch === "[") {
      stack.push([cur, num]);
      cur = [];
      num = 0;
    } else if (ch === "]") {
      const [prev, k] = stack.pop()!;
      prev.push(cur.join("").repeat(k));
      cur = prev;
    } else {
      cur.push(ch);
    }
  }
  return cur.join("");
}
