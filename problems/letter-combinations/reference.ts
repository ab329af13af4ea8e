// Backtracking over the digits: one letter per digit, the prefix grows and shrinks in a buffer.
const KEYPAD: Record<string, string> = { "2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz" };

export function letterCombinations(digits: string): string[] {
  if (digits.length === 0) return [];
  const out: string[] = [];
  const prefix: string[] = [];
  const extend = (i: number): void => {
    if (i === digits.length) {
      out.push(prefix.join(""));
      return;
    }
    for (const letter of KEYPAD[digits[i]]) {
      prefix.push(letter);
      extend(i + 1);
      prefix.pop();
    }
  };
  extend(0);
  return out;
}
