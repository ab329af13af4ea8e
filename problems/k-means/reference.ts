// Lloyd's k-means: alternate assignment (nearest centroid, lowest index on ties) and
// update (mean of each cluster; empty clusters stay), at most `iterations` rounds,
// then one last assignment against the centroids that are returned.

export interface KMeansResult {
  assignments: number[];
  centroids: number[][];
  inertia: number;
}

function checkMatrix(m: number[][], what: string): number {
  if (!Array.isArray(m) || m.length === 0 || !Array.isArray(m[0])) throw new RangeError(`${what} must be a non-empty (rows, d) matrix`);
  return m[0].length;
}

/** Nearest centroid of every point, written into `out`; returns the total squared distance. */
function assign(points: number[][], centroids: number[][], out: Int32Array): number {
  const d = centroids[0].length;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    let best = Infinity;
    let bestJ = 0;
    for (let j = 0; j < centroids.length; j++) {
      const c = centroids[j];
      let dist = 0;
      for (let x = 0; x < d; x++) {
        const diff = p[x] - c[x];
        dist += diff * diff;
      }
      if (dist < best) {
        best = dist;
        bestJ = j;
      }
    }
    out[i] = bestJ;
    total += best;
  }
  return total;
}

export function kMeans(points: number[][], centroids: number[][], iterations: number): KMeansResult {
  const d = checkMatrix(points, "points");
  if (checkMatrix(centroids, "centroids") !== d) throw new RangeError("points and centroids must have the same number of coordinates");
  if (!Number.isInteger(iterations) || iterations < 0) throw new RangeError(`iterations must be >= 0, got ${iterations}`);

  const n = points.length;
  const k = centroids.length;
  let current = centroids.map((c) => c.slice());
  let labels = new Int32Array(n);
  let previous: Int32Array | null = null;

  for (let round = 0; round < iterations; round++) {
    assign(points, current, labels);
    if (previous && labels.every((l, i) => l === previous![i])) break;

    const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      const s = sums[labels[i]];
      const p = points[i];
      for (let x = 0; x < d; x++) s[x] += p[x];
      counts[labels[i]]++;
    }
    current = current.map((c, j) => (counts[j] === 0 ? c : sums[j].map((s) => s / counts[j])));
    previous = labels;
    labels = new Int32Array(n);
  }

  const inertia = assign(points, current, labels);
  return { assignments: Array.from(labels), centroids: current, inertia };
}
