// Greedy non-maximum suppression: visit boxes by descending score (ties: lower index
// first); keep a box unless a box already kept overlaps it with IoU > threshold.
function iou(a: number[], b: number[]): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return inter / union;
}

export function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  if (scores.length !== boxes.length) throw new RangeError("one score per box");
  if (!(iouThreshold >= 0 && iouThreshold <= 1)) throw new RangeError("iouThreshold must lie in [0, 1]");
  boxes.forEach((b, i) => {
    if (b.length !== 4 || !(b[0] < b[2]) || !(b[1] < b[3])) throw new RangeError(`box ${i} must be [x1, y1, x2, y2] with x1 < x2 and y1 < y2`);
  });
  const order = boxes.map((_, i) => i).sort((i, j) => scores[j] - scores[i] || i - j);
  const kept: number[] = [];
  for (const i of order) {
    if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
