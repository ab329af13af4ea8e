import type { Rng } from "../../src/random/rng.js";

const word = (length: number, letters: string, rng: Rng) => Array.from({ length }, () => rng.pick([...letters])).join("");

// Tiny alphabets so anagram windows are common; p is sometimes a shuffled piece of s, sometimes longer than s.
export function generate(n: number, rng: Rng): [string, string] {
  const letters = rng.pick(["a", "ab", "abc", "abcd", "abcdefghijklmnopqrstuvwxyz"]);
  const s = word(rng.int(1, Math.max(1, n)), letters, rng);
  const m = rng.int(1, Math.max(1, Math.min(n, s.length + 1)));
  if (rng.bool(0.5) && m <= s.length) {
    const start = rng.int(0, s.length - m);
    return [s, rng.shuffle([...s.slice(start, start + m)]).join("")];
  }
  return [s, word(m, letters, rng)];
}

// s: n letters from {a, b, c}; p: n/4 of them, so a per-window recount is O(n^2).
export function probeInput(n: number, rng: Rng): [string, string] {
  const letters = ["a", "b", "c"];
  const chars: string[] = new Array(n);
  for (let i = 0; i < n; i++) chars[i] = rng.pick(letters);
  const m = Math.max(1, Math.floor(n / 4));
  return [chars.join(""), rng.shuffle(chars.slice(0, m)).join("")];
}
