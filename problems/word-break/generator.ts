import type { Rng } from "../../src/random/rng.js";

function randomWord(alphabet: string, maxLength: number, rng: Rng): string {
  let w = "";
  const length = rng.int(1, maxLength);
  for (let i = 0; i < length; i++) w += alphabet[rng.int(0, alphabet.length - 1)];
  return w;
}

// Tiny alphabets and short words give many overlapping words, so greedy choices
// and dead ends are common. Half the strings are glued from dictionary words (often
// splittable), sometimes with one letter changed; the others are random.
export function generate(n: number, rng: Rng): [string, string[]] {
  const alphabet = rng.pick(["ab", "ab", "abc", "a"]);
  const words = Array.from({ length: rng.int(0, 5) }, () => randomWord(alphabet, 4, rng));
  let s = "";
  if (words.length > 0 && rng.bool(0.5)) {
    while (s.length < n) s += rng.pick(words);
    if (rng.bool(0.3) && s.length > 0) {
      const at = rng.int(0, s.length - 1);
      s = s.slice(0, at) + alphabet[rng.int(0, alphabet.length - 1)] + s.slice(at + 1);
    }
  } else {
    const length = rng.int(0, n);
    for (let i = 0; i < length; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  }
  return [s, words];
}

// The shape the statement warns about: n - 1 letters 'a' and a final 'b', against a, aa, ...,
// aaaaa. Every prefix of a's splits, but nothing covers the 'b', so the answer is false only
// after every way to split the a's has been ruled out: plain recursion tries them all (about
// 1.97^n calls), memoised recursion and the flag table do O(n) steps, and a table that slices
// s[j:i] for every earlier j pays for n^2 slices of average length n/3.
export function probeInput(n: number, _rng: Rng): [string, string[]] {
  const s = n > 0 ? "a".repeat(n - 1) + "b" : "";
  return [s, ["a", "aa", "aaa", "aaaa", "aaaaa"]];
}
