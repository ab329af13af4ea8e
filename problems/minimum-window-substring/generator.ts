import type { Rng } from "../../src/random/rng.js";

const word = (length: number, letters: string, rng: Rng) => Array.from({ length }, () => rng.pick([...letters])).join("");

// Tiny alphabets (with case pairs) so t's letters repeat and windows overlap; t is often a
// scrambled piece of s (a window exists) and sometimes not (often no window).
export function generate(n: number, rng: Rng): [string, string] {
  const letters = rng.pick(["ab", "abc", "aA", "aAbB", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
  const s = word(rng.int(1, Math.max(1, n)), letters, rng);
  const m = rng.int(1, Math.max(1, Math.min(n, s.length + 1)));
  if (rng.bool(0.6) && m <= s.length) {
    const start = rng.int(0, s.length - m);
    const piece = [...s.slice(start, start + m)];
    return [s, rng.shuffle(piece).filter(() => rng.bool(0.7)).join("") || piece[0]];
  }
  return [s, word(m, letters, rng)];
}

// len(s) + len(t) = n, len(t) = n/5: s from {a, b, c, A, B}, t drawn from the same letters,
// so covering windows are long and a window grown from every start costs O(n^2).
export function probeInput(n: number, rng: Rng): [string, string] {
  const letters = ["a", "b", "c", "A", "B"];
  const m = Math.max(1, Math.floor(n / 5));
  const s: string[] = new Array(n - m);
  for (let i = 0; i < n - m; i++) s[i] = rng.pick(letters);
  const t: string[] = new Array(m);
  for (let i = 0; i < m; i++) t[i] = rng.pick(letters);
  return [s.join(""), t.join("")];
}
