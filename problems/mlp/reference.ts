// One SGD step of a ReLU MLP with mean-squared-error loss, backprop written by hand.
// Forward keeps every layer's input and pre-activation; backward walks the layers in
// reverse, turning the output delta into weight/bias gradients and the next delta down.

export interface MlpParams {
  W: number[][][];
  b: number[][];
}

export interface MlpStep {
  loss: number;
  grads: MlpParams;
  params: MlpParams;
}

type Matrix = number[][];

function fail(message: string): never {
  throw new RangeError(message);
}

/** Rows of a rectangular matrix with at least one row and one column, or a RangeError. */
function checkMatrix(m: unknown, what: string): [number, number] {
  if (!Array.isArray(m) || m.length === 0) fail(`${what} must be a non-empty matrix`);
  const cols = Array.isArray(m[0]) ? m[0].length : -1;
  if (cols < 1) fail(`${what} must have at least one column`);
  for (const row of m) if (!Array.isArray(row) || row.length !== cols) fail(`${what} must be rectangular`);
  return [m.length, cols];
}

function validate(params: MlpParams, x: Matrix, y: Matrix): void {
  const { W, b } = params;
  if (!Array.isArray(W) || !Array.isArray(b)) fail("params.W and params.b must be lists");
  if (W.length === 0) fail("the network needs at least one layer");
  if (W.length !== b.length) fail(`${W.length} weight matrices but ${b.length} bias vectors`);
  const [batch, inDim] = checkMatrix(x, "x");
  let width = inDim;
  W.forEach((w, i) => {
    const [rows, cols] = checkMatrix(w, `W[${i}]`);
    if (rows !== width) fail(`W[${i}] has ${rows} rows but its input has width ${width}`);
    if (!Array.isArray(b[i]) || b[i].length !== cols) fail(`b[${i}] must have ${cols} entries`);
    width = cols;
  });
  const [yRows, yCols] = checkMatrix(y, "y");
  if (yRows !== batch || yCols !== width) fail(`y must be (${batch}, ${width}), got (${yRows}, ${yCols})`);
}

/** h @ w + bias, for h (batch, in), w (in, out), bias (out). */
function affine(h: Matrix, w: Matrix, bias: number[]): Matrix {
  const inDim = w.length;
  const outDim = bias.length;
  return h.map((row) => {
    const z = bias.slice();
    for (let k = 0; k < inDim; k++) {
      const v = row[k];
      if (v === 0) continue;
      const wk = w[k];
      for (let j = 0; j < outDim; j++) z[j] += v * wk[j];
    }
    return z;
  });
}

export function mlpTrainStep(params: MlpParams, x: number[][], y: number[][], lr: number): MlpStep {
  validate(params, x, y);
  const { W, b } = params;
  const layers = W.length;

  // Forward: inputs[i] is what layer i receives, pre[i] its pre-activation.
  const inputs: Matrix[] = [];
  const pre: Matrix[] = [];
  let h = x;
  for (let i = 0; i < layers; i++) {
    inputs.push(h);
    const z = affine(h, W[i], b[i]);
    pre.push(z);
    h = i < layers - 1 ? z.map((row) => row.map((v) => (v > 0 ? v : 0))) : z;
  }

  // Loss = mean over all batch*out elements; dLoss/dOut = 2 (out - y) / (batch*out).
  const count = h.length * h[0].length;
  let sumSq = 0;
  let delta: Matrix = h.map((row, r) =>
    row.map((v, c) => {
      const diff = v - y[r][c];
      sumSq += diff * diff;
      return (2 * diff) / count;
    }),
  );

  const gW: Matrix[] = new Array(layers);
  const gb: number[][] = new Array(layers);
  for (let i = layers - 1; i >= 0; i--) {
    const input = inputs[i];
    const inDim = W[i].length;
    const outDim = b[i].length;
    const dW: Matrix = Array.from({ length: inDim }, () => new Array<number>(outDim).fill(0));
    const db = new Array<number>(outDim).fill(0);
    for (let r = 0; r < delta.length; r++) {
      const d = delta[r];
      for (let j = 0; j < outDim; j++) db[j] += d[j];
      for (let k = 0; k < inDim; k++) {
        const a = input[r][k];
        if (a === 0) continue;
        const row = dW[k];
        for (let j = 0; j < outDim; j++) row[j] += a * d[j];
      }
    }
    gW[i] = dW;
    gb[i] = db;
    if (i > 0) {
      // Through the weights (old values), then through the ReLU of the layer below: ReLU'(z) = [z > 0].
      const below = pre[i - 1];
      delta = delta.map((d, r) => {
        const next = new Array<number>(inDim).fill(0);
        for (let k = 0; k < inDim; k++) {
          if (!(below[r][k] > 0)) continue;
          const wk = W[i][k];
          let s = 0;
          for (let j = 0; j < outDim; j++) s += d[j] * wk[j];
          next[k] = s;
        }
        return next;
      });
    }
  }

  return {
    loss: sumSq / count,
    grads: { W: gW, b: gb },
    params: {
      W: W.map((w, i) => w.map((row, k) => row.map((v, j) => v - lr * gW[i][k][j]))),
      b: b.map((bias, i) => bias.map((v, j) => v - lr * gb[i][j])),
    },
  };
}
