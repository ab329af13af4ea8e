import type { Rng } from "../../src/random/rng.js";

type Args = [number[][], number[][], number];

// n = number of points. 1-3 dimensions, 1-4 centroids (sometimes more than points),
// blobs or uniform clouds, duplicated points, centroids copied from points (possibly
// the same point twice, an exact tie), far-away centroids that stay empty, and
// 0-8 iterations so runs stop both before and after convergence.
// Coordinates are continuous, so apart from the deliberate copies no two distances tie.
export function generate(n: number, rng: Rng): Args {
  const d = rng.int(1, 3);
  const k = rng.int(1, 4);
  const blobs = Array.from({ length: rng.int(1, 3) }, () => Array.from({ length: d }, () => rng.float(-10, 10)));
  const spread = rng.pick([0.5, 1, 3]);
  const points: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && rng.bool(0.15)) {
      points.push(points[rng.int(0, i - 1)].slice());
      continue;
    }
    const center = rng.pick(blobs);
    points.push(center.map((c) => c + rng.normal(0, spread)));
  }
  const centroids = Array.from({ length: k }, () => {
    const style = rng.int(0, 9);
    if (style < 6) return rng.pick(points).slice();
    if (style < 9) return Array.from({ length: d }, () => rng.float(-10, 10));
    return Array.from({ length: d }, () => rng.pick([-1, 1]) * 1000);
  });
  const iterations = rng.pick([0, 1, 2, 3, 8]);
  return [points, centroids, iterations];
}

// n points around 4 blob centres in 3-D, k = 4 starting from the first 4 points,
// at most 10 rounds.
export function probeInput(n: number, rng: Rng): Args {
  const centres = [
    [0, 0, 0],
    [6, 0, 0],
    [0, 6, 0],
    [0, 0, 6],
  ];
  const points = Array.from({ length: n }, (_, i) => centres[i % 4].map((c) => c + rng.float(-2.5, 2.5)));
  const centroids = points.slice(0, Math.min(4, n)).map((p) => p.slice());
  return [points, centroids, 10];
}
