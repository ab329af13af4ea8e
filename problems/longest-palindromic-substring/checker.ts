// Any longest palindrome is right: a substring of s that reads the same both ways and is as
// long as the expected one.
import type { CheckInput } from "../../src/checker/types.js";

const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);

function isPalindrome(text: string): boolean {
  for (let i = 0, j = text.length - 1; i < j; i++, j--) if (text[i] !== text[j]) return false;
  return true;
}

export function check({ args, expected, actual }: CheckInput): string | null {
  const s = args[0] as string;
  const want = expected as string;
  if (typeof actual !== "string") return `expected a string, got ${JSON.stringify(actual) ?? String(actual)}`;
  if (!s.includes(actual)) return `${quote(actual)} is not a substring of s`;
  if (!isPalindrome(actual)) return `${quote(actual)} is not a palindrome`;
  if (actual.length < want.length) return `${quote(actual)} has length ${actual.length}, but ${quote(want)} (length ${want.length}) is a longer palindrome in s`;
  if (actual.length > want.length) return `${quote(actual)} is longer than the longest palindrome the reference found (${want.length}): check the checker's expected value`;
  return null;
}
