import type { Rng } from "../../src/random/rng.js";

const OPEN = "([{";
const CLOSE = ")]}";

// Half of the time a valid string (nested and side by side), often with one change
// that breaks it: a closer of the wrong kind, a swapped pair, a bracket dropped or added.
// Otherwise a random string of the six characters. Short lengths, the empty string too.
export function generate(n: number, rng: Rng): [string] {
  const len = rng.int(0, n);
  if (rng.bool(0.5)) {
    const out: string[] = [];
    const stack: number[] = [];
    const pairs = Math.floor(len / 2);
    let opened = 0;
    while (opened < pairs || stack.length > 0) {
      if (opened < pairs && (stack.length === 0 || rng.bool(0.5))) {
        const k = rng.int(0, 2);
        stack.push(k);
        out.push(OPEN[k]);
        opened++;
      } else out.push(CLOSE[stack.pop()!]);
    }
    if (out.length > 0 && rng.bool(0.6)) {
      const i = rng.int(0, out.length - 1);
      const change = rng.int(0, 3);
      if (change === 0) out[i] = rng.pick([...OPEN, ...CLOSE]);
      else if (change === 1 && i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1], out[i]];
      else if (change === 2) out.splice(i, 1);
      else out.splice(i, 0, rng.pick([...OPEN, ...CLOSE]));
    }
    return [out.join("")];
  }
  let s = "";
  for (let i = 0; i < len; i++) s += rng.pick([...OPEN, ...CLOSE]);
  return [s];
}

// n/2 openers of random kinds, then their closers in reverse order: valid, n/2 deep (an
// odd n ends with one more opener, which only the final stack check catches).
export function probeInput(n: number, rng: Rng): [string] {
  const half = Math.floor(n / 2);
  const out: string[] = new Array(n);
  for (let i = 0; i < half; i++) {
    const k = rng.int(0, 2);
    out[i] = OPEN[k];
    out[2 * half - 1 - i] = CLOSE[k];
  }
  if (n % 2 === 1) out[n - 1] = "(";
  return [out.join("")];
}
