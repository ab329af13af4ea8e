import type { Rng } from "../../src/random/rng.js";

const LETTERS = "abcxyz";

// A random valid encoding of about n symbols: plain letters, groups with counts 1 to 4
// and now and then 10 or 12 (two digits, outermost only), nesting like 2[3[a]], groups
// side by side and letters after the last ']'. The decoded length stays small.
function piece(budget: number, depth: number, rng: Rng): string {
  let out = "";
  while (budget > 0) {
    if (depth < 3 && budget >= 3 && rng.bool(0.45)) {
      const inner = rng.int(1, Math.min(budget - 2, 6));
      const k = depth === 0 && rng.bool(0.15) ? rng.pick([10, 12]) : rng.int(1, 4);
      out += `${k}[${piece(inner, depth + 1, rng) || rng.pick([...LETTERS])}]`;
      budget -= inner + 2;
    } else {
      out += rng.pick([...LETTERS]);
      budget--;
    }
  }
  return out;
}

export function generate(n: number, rng: Rng): [string] {
  return [piece(rng.int(0, n), rng.bool(0.3) ? 2 : 0, rng)];
}

// Groups like 3[ab4[c]] (9 characters, counts 2 to 9) one after another, padded with
// plain letters to exactly n characters.
export function probeInput(n: number, rng: Rng): [string] {
  const parts: string[] = [];
  let len = 0;
  const letter = () => LETTERS[rng.int(0, LETTERS.length - 1)];
  while (len + 9 <= n) {
    parts.push(`${rng.int(2, 9)}[${letter()}${letter()}${rng.int(2, 9)}[${letter()}]]`);
    len += 9;
  }
  while (len < n) {
    parts.push(letter());
    len++;
  }
  return [parts.join("")];
}
