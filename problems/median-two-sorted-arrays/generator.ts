import type { Rng } from "../../src/random/rng.js";

function sortedRun(len: number, rng: Rng, from: number): number[] {
  const out: number[] = [];
  let v = from;
  for (let i = 0; i < len; i++) {
    out.push(v);
    v += rng.pick([0, 1, rng.int(1, 6)]);
  }
  return out;
}

// Two short sorted arrays (repeats, negatives), one of them often empty or of length 1,
// which overlap, interleave, or lie wholly one below the other; never both empty.
export function generate(n: number, rng: Rng): [number[], number[]] {
  let m1 = rng.pick([0, 1, 2, rng.int(0, n)]);
  const m2 = rng.pick([0, 1, rng.int(0, n)]);
  if (m1 + m2 === 0) m1 = 1;
  const a = sortedRun(m1, rng, rng.int(-10, 10));
  const layout = rng.int(0, 2);
  const start = layout === 0 ? rng.int(-10, 10) : layout === 1 ? (a.length ? a[a.length - 1] + rng.int(0, 3) : 0) : (a.length ? a[0] - 20 : 0);
  const b = sortedRun(m2, rng, start);
  return rng.bool(0.5) ? [a, b] : [b, a];
}

// n values in all: the numbers 0 .. n - 1 dealt out so that both arrays interleave along
// their whole length (n/2 each), with the right cut of nums1 after about a third of it: a
// cut binary search then needs all of its ~log n steps, and merging walks n/2 values.
export function probeInput(n: number, rng: Rng): [number[], number[]] {
  const half = Math.ceil(n / 2);
  const upper = n - half;
  const m = half;
  const low1 = Math.min(m, Math.max(half - (n - m), Math.floor(m / 3) + rng.int(0, 1)));
  const high1 = m - low1;
  const nums1: number[] = [];
  const nums2: number[] = [];
  for (let v = 0; v < half; v++) {
    if (Math.floor(((v + 1) * low1) / half) > Math.floor((v * low1) / half)) nums1.push(v);
    else nums2.push(v);
  }
  for (let w = 0; w < upper; w++) {
    if (Math.floor(((w + 1) * high1) / upper) > Math.floor((w * high1) / upper)) nums1.push(half + w);
    else nums2.push(half + w);
  }
  return [nums1, nums2];
}
