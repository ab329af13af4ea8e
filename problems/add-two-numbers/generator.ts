import type { Rng } from "../../src/random/rng.js";

/** A number of `len` digits, least significant first, without leading zeros ([0] is zero); often all nines. */
function number(len: number, rng: Rng, nines: boolean): number[] {
  if (len <= 1 && rng.bool(0.3)) return [0];
  const out = Array.from({ length: Math.max(1, len) }, () => (nines ? 9 : rng.int(0, 9)));
  if (out[out.length - 1] === 0) out[out.length - 1] = rng.int(1, 9);
  return out;
}

/** Two numbers of n digits in all: equal or very different lengths, carries running through nines. */
export function generate(n: number, rng: Rng): [number[], number[]] {
  const a = rng.pick([1, Math.floor(n / 2), rng.int(1, Math.max(1, n - 1))]);
  const b = Math.max(1, n - a);
  return [number(a, rng, rng.bool(0.3)), number(b, rng, rng.bool(0.3))];
}

/** Two random numbers of n/2 digits each (n digits in all). */
export function probeInput(n: number, rng: Rng): [number[], number[]] {
  const half = Math.max(1, Math.floor(n / 2));
  const make = (m: number) => {
    const out = new Array<number>(m);
    for (let i = 0; i < m; i++) out[i] = rng.int(0, 9);
    out[m - 1] = rng.int(1, 9);
    return out;
  };
  return [make(half), make(Math.max(1, n - half))];
}
