import type { Rng } from "../../src/random/rng.js";

// Strings over two or three letters (many palindromes), sometimes one letter repeated, sometimes empty.
export function generate(n: number, rng: Rng): [string] {
  const length = rng.bool(0.05) ? 0 : rng.int(1, Math.max(1, n));
  const alphabet = rng.pick(["ab", "abc", "a", "xyz"]);
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return [s];
}

// n copies of one letter: every one of the 2^(n-1) ways to cut it is an answer.
export function probeInput(n: number, _rng: Rng): [string] {
  return ["a".repeat(n)];
}
