import type { Rng } from "../../src/random/rng.js";

type Args = [number[][], number, number, number, number];

// n is maxLen; the vocabulary, the table (with exact ties in some draws), eos and the width vary.
export function generate(n: number, rng: Rng): Args {
  const v = rng.int(2, 5);
  const ties = rng.bool(0.4);
  const table = Array.from({ length: v }, () => Array.from({ length: v }, () => (ties ? -rng.int(0, 4) / 2 : -rng.float(0, 4))));
  return [table, rng.int(0, v - 1), rng.int(0, v - 1), rng.int(1, 4), n];
}

// maxLen n over 8 tokens, beam width 4; eos (token 0) is never worth taking, so every step runs.
export function probeInput(n: number, rng: Rng): Args {
  const v = 8;
  const table = Array.from({ length: v }, () => Array.from({ length: v }, (_, tok) => (tok === 0 ? -50 : -rng.float(0.1, 3))));
  return [table, 1, 0, 4, n];
}
