import type { Rng } from "../../src/random/rng.js";

// Short strings over a few letters (so letters repeat and parts merge), sometimes made of
// blocks with their own letters (so there are many parts); the empty string too.
export function generate(n: number, rng: Rng): [string] {
  const len = rng.pick([0, 1, 2, rng.int(0, n), rng.int(0, n)]);
  const letters = "abcdefghijklmnopqrstuvwxyz".slice(0, rng.pick([1, 2, 3, 5, 26]));
  if (rng.bool(0.3)) {
    let s = "";
    let block = 0;
    while (s.length < len) {
      const own = "abcdefghijklmnopqrstuvwxyz"[block % 26];
      for (let k = rng.int(1, 3); k > 0 && s.length < len; k--) s += rng.bool(0.8) ? own : letters[rng.int(0, letters.length - 1)];
      block++;
    }
    return [s];
  }
  let s = "";
  for (let i = 0; i < len; i++) s += letters[rng.int(0, letters.length - 1)];
  return [s];
}

// 13 blocks of about n/13 characters; block k is drawn at random from its own two letters
// (the 2k-th and (2k + 1)-th of the alphabet), so the answer has 13 parts.
export function probeInput(n: number, rng: Rng): [string] {
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const block = Math.min(12, Math.floor((i * 13) / Math.max(1, n)));
    out[i] = String.fromCharCode(97 + 2 * block + rng.int(0, 1));
  }
  return [out.join("")];
}
