// Binary logistic regression trained by full-batch gradient descent on the mean
// cross-entropy; the loss of each step is taken before that step's update, in a form
// that never overflows: softplus(z) - y*z.
export interface LogisticResult {
  w: number[];
  b: number;
  losses: number[];
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(1 + e^z) without overflow. */
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

export function logisticRegression(x: number[][], y: number[], w0: number[], b0: number, lr: number, steps: number): LogisticResult {
  const n = x.length;
  const d = w0.length;
  if (n < 1 || y.length !== n || x.some((row) => row.length !== d)) throw new RangeError("x must be (N, d) with N = len(y) and d = len(w0)");
  if (y.some((label) => label !== 0 && label !== 1)) throw new RangeError("labels must be 0 or 1");
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError("steps must be a whole number >= 0");

  const w = w0.slice();
  let b = b0;
  const losses: number[] = [];
  const gw = new Array<number>(d);
  for (let t = 0; t < steps; t++) {
    gw.fill(0);
    let gb = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += x[i][j] * w[j];
      loss += softplus(z) - y[i] * z;
      const err = sigmoid(z) - y[i];
      for (let j = 0; j < d; j++) gw[j] += err * x[i][j];
      gb += err;
    }
    losses.push(loss / n);
    for (let j = 0; j < d; j++) w[j] -= (lr * gw[j]) / n;
    b -= (lr * gb) / n;
  }
  return { w, b, losses };
}
