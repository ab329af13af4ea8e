import type { Rng } from "../../src/random/rng.js";

// Short strings over tiny alphabets (palindromes everywhere), sometimes a mirrored block inside noise.
export function generate(n: number, rng: Rng): [string] {
  const length = rng.int(0, n);
  const alphabet = rng.pick(["ab", "abc", "aab", "xyz01"]);
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  if (length >= 4 && rng.bool(0.3)) {
    const half = s.slice(0, length >> 1);
    s = half + (rng.bool(0.5) ? "" : "z") + [...half].reverse().join("");
  }
  return [s];
}

// n letters 'a' with a single 'b' at index ⌊n/3⌋: long palindromes on both sides of it.
export function probeInput(n: number): [string] {
  const at = Math.floor(n / 3);
  return ["a".repeat(at) + (n > 0 ? "b" : "") + "a".repeat(Math.max(0, n - at - 1))];
}
