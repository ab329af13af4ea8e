import type { Rng } from "../../src/random/rng.js";

/** A palindrome of n digits: a random first half mirrored (with a middle digit when n is odd). */
function palindrome(n: number, rng: Rng, top: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) out[i] = out[n - 1 - i] = rng.int(0, top);
  return out;
}

/** About n digits: a palindrome, a palindrome with one digit changed, or random digits. */
export function generate(n: number, rng: Rng): [number[]] {
  const size = rng.bool(0.1) ? rng.int(0, 2) : n;
  const top = rng.pick([1, 2, 9]);
  const kind = rng.int(0, 2);
  if (kind === 2) return [Array.from({ length: size }, () => rng.int(0, top))];
  const out = palindrome(size, rng, top);
  if (kind === 1 && size > 1) {
    const i = rng.int(0, size - 1);
    const mirror = size - 1 - i;
    if (mirror !== i) out[i] = out[mirror] === 9 ? 0 : out[mirror] + 1;
  }
  return [out];
}

/** A palindrome of exactly n digits: nothing stops the comparison early. */
export function probeInput(n: number, rng: Rng): [number[]] {
  return [palindrome(n, rng, 9)];
}
