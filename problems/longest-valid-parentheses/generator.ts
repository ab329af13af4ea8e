import type { Rng } from "../../src/random/rng.js";

// Random strings of parentheses, sometimes leaning to '(' or ')', sometimes built from valid blocks.
export function generate(n: number, rng: Rng): [string] {
  const length = rng.int(0, n);
  if (rng.bool(0.3)) {
    let s = "";
    while (s.length < length) s += rng.pick(["()", "(())", ")", "(", "()()", "(()())"]);
    return [s.slice(0, length)];
  }
  const open = rng.pick([0.3, 0.5, 0.7]);
  let s = "";
  for (let i = 0; i < length; i++) s += rng.bool(open) ? "(" : ")";
  return [s];
}

// ⌈n/2⌉ '(' then ⌊n/2⌋ ')': one deep nest.
export function probeInput(n: number): [string] {
  const close = Math.floor(n / 2);
  return ["(".repeat(n - close) + ")".repeat(close)];
}
