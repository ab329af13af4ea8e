import type { Rng } from "../../src/random/rng.js";

type Tensor = number[] | Tensor[];
type Args = [Tensor, number[], number, Tensor];

function vector(d: number, fill: () => number): number[] {
  return Array.from({ length: d }, fill);
}

// n is the number of rows; rank (1 to 3), width, scales, zero rows and eps vary.
export function generate(n: number, rng: Rng): Args {
  const d = rng.int(1, 6);
  const rank = rng.pick([1, 2, 2, 3, 3] as const);
  const style = rng.pick(["normal", "normal", "offset", "tiny", "integers", "zero-rows"] as const);
  const scale = style === "tiny" ? 1e-3 : rng.float(0.2, 5);
  const offset = style === "offset" ? rng.normal(0, 100) : 0;
  const row = (): number[] => {
    if (style === "zero-rows" && rng.bool(0.4)) return vector(d, () => 0);
    if (style === "integers") return vector(d, () => rng.int(-4, 4));
    return vector(d, () => offset + rng.normal(0, scale));
  };
  const grad = () => vector(d, () => (rng.bool(0.15) ? 0 : rng.normal(0, 1)));
  let x: Tensor;
  let dout: Tensor;
  if (rank === 1) {
    x = row();
    dout = grad();
  } else if (rank === 2) {
    x = Array.from({ length: n }, row);
    dout = Array.from({ length: n }, grad);
  } else {
    const batch = rng.int(1, 3);
    x = Array.from({ length: batch }, () => Array.from({ length: n }, row));
    dout = Array.from({ length: batch }, () => Array.from({ length: n }, grad));
  }
  const gain = vector(d, () => (rng.bool(0.2) ? 1 : rng.bool(0.1) ? 0 : rng.normal(1, 0.7)));
  return [x, gain, rng.pick([1e-6, 1e-5, 1e-3, 0.1, 1]), dout];
}

// x and dout of shape (n, 8), eps = 1e-6.
export function probeInput(n: number, rng: Rng): Args {
  const d = 8;
  const x = Array.from({ length: n }, () => vector(d, () => rng.float(-2, 2)));
  const dout = Array.from({ length: n }, () => vector(d, () => rng.float(-1, 1)));
  return [x, vector(d, () => rng.float(0.5, 1.5)), 1e-6, dout];
}
