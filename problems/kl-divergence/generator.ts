import type { Rng } from "../../src/random/rng.js";

type Tensor = number | Tensor[];

// A random distribution over k outcomes: positive weights (some set to 0 when zeros are
// allowed, but never all of them), normalised by their sum.
function distribution(k: number, rng: Rng, zeros: boolean, spiky: boolean): number[] {
  const w = Array.from({ length: k }, (): number => {
    if (zeros && rng.bool(0.3)) return 0;
    return spiky ? Math.exp(rng.normal(0, 4)) : rng.float(0.05, 1);
  });
  if (!w.some((v) => v > 0)) w[rng.int(0, k - 1)] = 1;
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / s);
}

function build(shape: number[], leaf: () => number[], d = 0): Tensor {
  if (d === shape.length - 1) return leaf();
  return Array.from({ length: shape[d] }, () => build(shape, leaf, d + 1));
}

// n sets the number of outcomes k; batch dimensions (rank 1 to 3) stay small. p may have
// zeros (q never does where p is positive: q gets zeros only where p has them), values
// range from nearly uniform to very peaked.
export function generate(n: number, rng: Rng): [Tensor, Tensor] {
  const rank = rng.pick([1, 1, 2, 2, 3]);
  const k = rng.int(1, n);
  const shape = [...Array.from({ length: rank - 1 }, () => rng.int(1, 3)), k];
  const spiky = rng.bool(0.3);
  const pZeros = rng.bool(0.5);
  const pairs: [number[], number[]][] = [];
  const p = build(shape, () => {
    const pd = distribution(k, rng, pZeros, spiky);
    let qd = distribution(k, rng, false, spiky && rng.bool());
    if (rng.bool(0.2)) {
      // q also 0 where p is 0 (allowed), renormalised over p's support
      const w = qd.map((v, j) => (pd[j] === 0 ? 0 : v));
      const s = w.reduce((a, b) => a + b, 0);
      qd = w.map((v) => v / s);
    }
    pairs.push([pd, qd]);
    return pd;
  });
  let i = 0;
  const q = build(shape, () => pairs[i++][1]);
  return [p, q];
}

// 4 distributions over n/4 outcomes (2 or 1 when 4 does not divide n), no zeros.
export function probeInput(n: number, rng: Rng): [Tensor, Tensor] {
  const rows = n % 4 === 0 ? 4 : n % 2 === 0 ? 2 : 1;
  const k = n / rows;
  const p = Array.from({ length: rows }, () => distribution(k, rng, false, false));
  const q = Array.from({ length: rows }, () => distribution(k, rng, false, false));
  return [p, q];
}
