import type { Rng } from "../../src/random/rng.js";

type Args = [number[][], number[], number];

// n boxes in a few clusters, so that suppression, chains and ties all happen; integer
// coordinates and repeated scores in some draws.
export function generate(n: number, rng: Rng): Args {
  const integers = rng.bool(0.5);
  const clusters = Array.from({ length: rng.int(1, 3) }, () => [rng.float(0, 20), rng.float(0, 20)]);
  const boxes = Array.from({ length: n }, () => {
    const [cx, cy] = rng.pick(clusters);
    const x1 = cx + rng.float(-3, 3);
    const y1 = cy + rng.float(-3, 3);
    const w = rng.float(0.5, 6);
    const h = rng.float(0.5, 6);
    const box = [x1, y1, x1 + w, y1 + h];
    return integers ? [Math.round(box[0]), Math.round(box[1]), Math.round(box[0]) + Math.max(1, Math.round(w)), Math.round(box[1]) + Math.max(1, Math.round(h))] : box;
  });
  const palette = Array.from({ length: rng.int(1, 4) }, () => Math.round(rng.float(0, 1) * 100) / 100);
  const scores = boxes.map(() => (rng.bool(0.4) ? rng.pick(palette) : rng.float(0, 1)));
  return [boxes, scores, rng.pick([0.5, 0.5, 0.3, 0.7, 0, 1, 0.25])];
}

// n disjoint unit boxes on a row: nothing is suppressed, so every box meets every kept box.
export function probeInput(n: number, rng: Rng): Args {
  const boxes = Array.from({ length: n }, (_, i) => [2 * i, 0, 2 * i + 1, 1]);
  return [boxes, boxes.map(() => rng.float(0, 1)), 0.5];
}
