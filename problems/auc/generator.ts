import type { Rng } from "../../src/random/rng.js";

// n + 1 samples (an AUC needs two), always with both classes. Scores come from a tiny
// set (ties everywhere), one-decimal rounding (some ties) or continuous values;
// classes are balanced or skewed, separated or not.
export function generate(n: number, rng: Rng): [number[], number[]] {
  const size = n + 1;
  const labels = Array.from({ length: size }, () => (rng.bool(rng.pick([0.5, 0.2, 0.8])) ? 1 : 0));
  const a = rng.int(0, size - 1);
  let b = rng.int(0, size - 2);
  if (b >= a) b++;
  labels[a] = 1;
  labels[b] = 0;
  const style = rng.int(0, 2);
  const shift = rng.pick([-1, 0, 0.5, 2]);
  const scores = labels.map((label) => {
    const raw = rng.normal(label * shift, 1);
    if (style === 0) return rng.int(0, 2);
    if (style === 1) return Math.round(raw * 10) / 10;
    return raw;
  });
  return [scores, labels];
}

// n samples, about 30% positives, scores rounded to 3 decimals so tie groups are large.
export function probeInput(n: number, rng: Rng): [number[], number[]] {
  const labels = Array.from({ length: n }, () => (rng.bool(0.3) ? 1 : 0));
  labels[0] = 1;
  if (n > 1) labels[n - 1] = 0;
  const scores = labels.map((label) => Math.round((rng.float() + 0.3 * label) * 1000) / 1000);
  return [scores, labels];
}
