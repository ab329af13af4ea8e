import type { Rng } from "../../src/random/rng.js";

// Short streets with zeros, repeats and the occasional very rich house.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.bool(0.15) ? rng.int(0, n) : n;
  const style = rng.pick(["small", "wide", "spiky"]);
  const nums = Array.from({ length }, () => {
    if (style === "small") return rng.int(0, 3);
    if (style === "wide") return rng.int(0, 400);
    return rng.bool(0.2) ? rng.int(100, 400) : rng.int(0, 5);
  });
  return [nums];
}

// n random amounts in [0, 400].
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums = new Array<number>(n);
  for (let i = 0; i < n; i++) nums[i] = rng.int(0, 400);
  return [nums];
}
