import type { Rng } from "../../src/random/rng.js";

type Tensor = number | Tensor[];

function build(shape: number[], value: (index: number[]) => number, prefix: number[] = []): Tensor {
  if (prefix.length === shape.length) return value(prefix);
  return Array.from({ length: shape[prefix.length] }, (_, i) => build(shape, value, [...prefix, i]));
}

// n sets the length of the softmax axis; the other dimensions stay small (1..3) so every
// rank from 1 to 4 turns up. Value styles: ordinary logits, small integers (ties), huge
// magnitudes, and slices offset by +-1000 from each other (a global maximum fails there).
export function generate(n: number, rng: Rng): [Tensor, number] {
  const rank = rng.pick([1, 1, 2, 2, 2, 3, 3, 4]);
  const ax = rng.int(0, rank - 1);
  const shape = Array.from({ length: rank }, (_, d) => (d === ax ? rng.int(1, n) : rng.int(1, 3)));
  const style = rng.pick(["normal", "integers", "huge", "offsets", "constant"] as const);
  const offsets = new Map<string, number>();
  const offsetOf = (index: number[]) => {
    const key = index.filter((_, d) => d !== ax).join(",");
    if (!offsets.has(key)) offsets.set(key, rng.pick([-1000, 0, 1000, 5000]));
    return offsets.get(key)!;
  };
  const constant = rng.int(-5, 5);
  const value = (index: number[]): number => {
    switch (style) {
      case "normal": return rng.normal(0, 2);
      case "integers": return rng.int(-3, 3);
      case "huge": return rng.normal(0, 800);
      case "offsets": return offsetOf(index) + rng.normal(0, 3);
      case "constant": return constant;
    }
  };
  const x = build(shape, value);
  const axis = rng.bool() ? ax : ax - rank;
  return [x, axis];
}

// A (4, n/4) matrix of ordinary logits along its last axis (2 or 1 rows when 4 does not divide n).
export function probeInput(n: number, rng: Rng): [Tensor, number] {
  const rows = n % 4 === 0 ? 4 : n % 2 === 0 ? 2 : 1;
  const cols = n / rows;
  const x = Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.normal(0, 3)));
  return [x, -1];
}
