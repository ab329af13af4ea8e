import type { Rng } from "../../src/random/rng.js";

function word(length: number, alphabet: string, rng: Rng): string {
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

// Short words over small alphabets, often one a small edit of the other, sometimes empty.
export function generate(n: number, rng: Rng): [string, string] {
  const alphabet = rng.pick(["ab", "abc", "abcd", "xyz"]);
  const a = word(rng.int(0, n), alphabet, rng);
  if (rng.bool(0.4) && a.length > 0) {
    const chars = [...a];
    const edits = rng.int(1, 3);
    for (let k = 0; k < edits; k++) {
      const at = rng.int(0, chars.length);
      const op = rng.int(0, 2);
      if (op === 0) chars.splice(at, 0, alphabet[0]);
      else if (op === 1 && chars.length) chars.splice(Math.min(at, chars.length - 1), 1);
      else if (chars.length) chars[Math.min(at, chars.length - 1)] = alphabet[alphabet.length - 1];
    }
    return [a, chars.join("")];
  }
  return [a, word(rng.int(0, n), alphabet, rng)];
}

// Two random words of length n over "acgt".
export function probeInput(n: number, rng: Rng): [string, string] {
  return [word(n, "acgt", rng), word(n, "acgt", rng)];
}
