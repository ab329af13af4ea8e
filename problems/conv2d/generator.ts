import type { Rng } from "../../src/random/rng.js";

type T4 = number[][][][];
type Args = [T4, T4, number[], number, number, T4];

function t4(a: number, b: number, c: number, d: number, fill: () => number): T4 {
  return Array.from({ length: a }, () => Array.from({ length: b }, () => Array.from({ length: c }, () => Array.from({ length: d }, fill))));
}

function outSize(size: number, k: number, stride: number, padding: number): number {
  return Math.floor((size + 2 * padding - k) / stride) + 1;
}

// n is the image height; width, channels, kernel, stride and padding vary (always a valid output).
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 2);
  const cin = rng.int(1, 3);
  const cout = rng.int(1, 3);
  const wd = rng.int(1, 6);
  const padding = rng.int(0, 2);
  const stride = rng.pick([1, 1, 2, 3]);
  const kh = rng.int(1, Math.min(4, n + 2 * padding));
  const kw = rng.int(1, Math.min(4, wd + 2 * padding));
  const fill = rng.bool(0.3) ? () => rng.int(-2, 2) : () => rng.normal(0, 1);
  const x = t4(batch, cin, n, wd, fill);
  const w = t4(cout, cin, kh, kw, fill);
  const b = Array.from({ length: cout }, () => (rng.bool(0.3) ? 0 : rng.normal(0, 1)));
  const dout = t4(batch, cout, outSize(n, kh, stride, padding), outSize(wd, kw, stride, padding), () => rng.normal(0, 1));
  return [x, w, b, stride, padding, dout];
}

// An n × n image: batch 1, 2 channels in, 2 out, a 3 × 3 kernel, stride 1, padding 1.
export function probeInput(n: number, rng: Rng): Args {
  const fill = () => rng.float(-1, 1);
  return [t4(1, 2, n, n, fill), t4(2, 2, 3, 3, fill), [0.1, -0.1], 1, 1, t4(1, 2, n, n, fill)];
}
