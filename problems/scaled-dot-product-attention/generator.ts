import type { Rng } from "../../src/random/rng.js";

type Args = [number[][], number[][], number[][], boolean[][] | null];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

// A mask of shape (nq, nk) where every query keeps at least one visible key.
function randomMask(nq: number, nk: number, rng: Rng): boolean[][] {
  const style = rng.pick(["causal", "random", "padding"] as const);
  if (style === "causal") {
    const offset = Math.max(0, nk - nq); // the last query sees every key
    return Array.from({ length: nq }, (_, i) => Array.from({ length: nk }, (_, j) => j <= i + offset));
  }
  if (style === "padding") {
    const valid = rng.int(1, nk);
    return Array.from({ length: nq }, () => Array.from({ length: nk }, (_, j) => j < valid));
  }
  const p = rng.float(0.2, 0.9);
  return Array.from({ length: nq }, () => {
    const row = Array.from({ length: nk }, () => rng.bool(p));
    if (!row.includes(true)) row[rng.int(0, nk - 1)] = true;
    return row;
  });
}

// n is the number of queries; keys, widths, mask and value scales vary.
export function generate(n: number, rng: Rng): Args {
  const nk = rng.bool(0.5) ? n : rng.int(1, n + 2);
  const dk = rng.int(1, 5);
  const dv = rng.int(1, 4);
  const style = rng.pick(["normal", "normal", "large", "integers", "repeated"] as const);
  const sd = style === "large" ? 12 : rng.float(0.3, 2);
  const fill = style === "integers" ? () => rng.int(-3, 3) : () => rng.normal(0, sd);
  const q = matrix(n, dk, fill);
  let k = matrix(nk, dk, fill);
  if (style === "repeated") {
    const row = k[0];
    k = k.map((r) => (rng.bool(0.6) ? row.slice() : r));
  }
  const v = matrix(nk, dv, () => rng.normal(0, 2));
  const mask = rng.bool(0.4) ? null : randomMask(n, nk, rng);
  return [q, k, v, mask];
}

// n queries and n keys of width 8, no mask.
export function probeInput(n: number, rng: Rng): Args {
  const d = 8;
  return [matrix(n, d, () => rng.normal()), matrix(n, d, () => rng.normal()), matrix(n, d, () => rng.normal()), null];
}
