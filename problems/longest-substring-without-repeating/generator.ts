import type { Rng } from "../../src/random/rng.js";

// Small alphabets make repeats (and the left-edge pitfalls) common; some mix in
// capitals, spaces, symbols and non-ASCII characters.
const ALPHABETS = ["ab", "abc", "abcd", "abcdefgh", "aA ", "xy!1", "你好世界", "abcdefghijklmnopqrstuvwxyz"];

export function generate(n: number, rng: Rng): [string] {
  const alphabet = rng.pick(ALPHABETS);
  const length = rng.int(0, n);
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return [s];
}

// A shuffled block of m = min(ceil(n/2), 40000) distinct BMP characters (from U+3400 on,
// below the surrogates), repeated to length n: the answer is m, so a scan restarted at
// every position does O(n·m) work while the sliding window stays O(n). Past n = 80,000 the
// window would stop growing (and its memory with it): problem.json stops the probe there.
export function probeInput(n: number, rng: Rng): [string] {
  const m = Math.max(1, Math.min(Math.ceil(n / 2), 40000));
  const block: string[] = new Array(m);
  for (let i = 0; i < m; i++) block[i] = String.fromCharCode(0x3400 + i);
  rng.shuffle(block);
  const chars: string[] = new Array(n);
  for (let i = 0; i < n; i++) chars[i] = block[i % m];
  return [chars.join("")];
}
