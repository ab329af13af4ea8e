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

// 30 letters 'a' (fewer when n <= 30), one 'b', then 'a's up to length n, against a, aa, ..., aaaaa;
// problem.json starts the probe at n = 32 so the prefix is the same at every probed size.
// No split gets past the 'b', but the a's before it split in exponentially many ways,
// so plain recursion explodes. Only O(1) prefixes are splittable, which keeps the
// textbook DP ("dp[j] && words.has(s.slice(j, i))") at O(n^2) even though each
// slice costs O(length), and keeps memoised recursion shallow.
export function probeInput(n: number, _rng: Rng): [string, string[]] {
  const before = Math.min(30, n - 1);
  const s = n > 0 ? "a".repeat(before) + "b" + "a".repeat(n - 1 - before) : "";
  return [s, ["a", "aa", "aaa", "aaaa", "aaaaa"]];
}
