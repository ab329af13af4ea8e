import type { Rng } from "../../src/random/rng.js";

const ALPHABETS = ["ab", "abc", "abcd", "xyz", "aA"];

function randomString(length: number, alphabet: string, rng: Rng): string {
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

// Small alphabets so that matches (and repeated characters) are common; the two
// lengths are drawn independently, so empty strings and lopsided pairs show up.
export function generate(n: number, rng: Rng): [string, string] {
  const alphabet = rng.pick(ALPHABETS);
  const a = randomString(rng.int(0, n), alphabet, rng);
  const b = rng.bool(0.15) ? a : randomString(rng.int(0, n), alphabet, rng);
  return [a, b];
}

// Two strings of length exactly n over a 4-letter alphabet.
export function probeInput(n: number, rng: Rng): [string, string] {
  const strand = (): string => {
    const chars: string[] = new Array(n);
    for (let i = 0; i < n; i++) chars[i] = "acgt"[rng.int(0, 3)];
    return chars.join("");
  };
  return [strand(), strand()];
}
