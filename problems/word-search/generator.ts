import type { Rng } from "../../src/random/rng.js";

// A small board over few letters (so words often exist and often reuse cells), and a word that
// is either traced along a real path (sometimes a path that would need a cell twice) or random.
export function generate(n: number, rng: Rng): [string[][], string] {
  const rows = rng.int(1, Math.min(4, Math.max(1, n)));
  const cols = rng.int(1, Math.min(4, Math.max(1, n)));
  const alphabet = rng.pick(["ab", "abc", "aA", "xyz"]);
  const board = Array.from({ length: rows }, () => Array.from({ length: cols }, () => alphabet[rng.int(0, alphabet.length - 1)]));
  const length = rng.int(1, Math.max(1, Math.min(n, rows * cols + 1)));
  let word = "";
  if (rng.bool(0.6)) {
    let r = rng.int(0, rows - 1);
    let c = rng.int(0, cols - 1);
    for (let i = 0; i < length; i++) {
      word += board[r][c];
      const steps = [[1, 0], [-1, 0], [0, 1], [0, -1]].filter(([dr, dc]) => r + dr >= 0 && r + dr < rows && c + dc >= 0 && c + dc < cols);
      if (!steps.length) break;
      const [dr, dc] = rng.pick(steps);
      r += dr;
      c += dc;
    }
  } else {
    for (let i = 0; i < length; i++) word += alphabet[rng.int(0, alphabet.length - 1)];
  }
  return [board, word];
}

// A 6 x 6 board of 'a' and a word of n - 1 'a' then 'b': every path is tried and fails at the end.
export function probeInput(n: number, _rng: Rng): [string[][], string] {
  const board = Array.from({ length: 6 }, () => Array.from({ length: 6 }, () => "a"));
  return [board, "a".repeat(Math.max(0, n - 1)) + "b"];
}
