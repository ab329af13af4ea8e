import type { Rng } from "../../src/random/rng.js";

// n + 1 values in 1..n: a permutation of 1..n with one extra copy of d, or d repeated in
// place of several missing values; shuffled.
export function generate(size: number, rng: Rng): [number[]] {
  const n = rng.int(1, Math.max(1, size));
  const d = rng.int(1, n);
  const values = Array.from({ length: n }, (_, i) => i + 1);
  values.push(d);
  if (rng.bool(0.4)) {
    for (let i = 0; i < values.length; i++) if (rng.bool(0.3) && values[i] !== d) values[i] = d;
  }
  return [rng.shuffle(values)];
}

// len = n: 1..n-1 except d shuffled, then d twice at the end.
export function probeInput(size: number, rng: Rng): [number[]] {
  const n = Math.max(1, size - 1);
  const d = rng.int(1, n);
  const values: number[] = [];
  for (let v = 1; v <= n; v++) if (v !== d) values.push(v);
  rng.shuffle(values);
  values.push(d, d);
  return [values];
}
