import type { Rng } from "../../src/random/rng.js";

const BASES = ["", "a", "ab", "aab", "abb", "abc", "ad", "bc", "aa", "bb", "zyx", "stone", "loop"];

function scramble(word: string, rng: Rng): string {
  return rng.shuffle(word.split("")).join("");
}

// Words made by scrambling a few base words (so groups form), with the tricky near-misses
// (aab/abb, ad/bc, aa/bb) and empty strings among the bases.
export function generate(n: number, rng: Rng): [string[]] {
  const length = rng.int(0, n);
  const bases = Array.from({ length: rng.int(1, 4) }, () => rng.pick(BASES));
  const strs: string[] = [];
  for (let i = 0; i < length; i++) strs.push(scramble(rng.pick(bases), rng));
  return [strs];
}

// n words of length 8 in about n/2 groups (two words each): word i is its group's base word rotated by a
// position that changes from one member to the next (rotations are anagrams).
export function probeInput(n: number, rng: Rng): [string[]] {
  const groupCount = Math.max(1, Math.floor(n / 2));
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const bases: string[] = new Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    let word = "";
    for (let j = 0; j < 8; j++) word += letters[rng.int(0, 25)];
    bases[g] = word;
  }
  const strs: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const base = bases[i % groupCount];
    const r = Math.floor(i / groupCount) % 8;
    strs[i] = base.slice(r) + base.slice(0, r);
  }
  return [strs];
}
