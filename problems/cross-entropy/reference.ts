// Mean softmax cross-entropy over a batch, with its gradient, in one O(batch * classes)
// pass: per row, lse = max + log(sum exp(z - max)); loss_i = lse - z[label];
// grad_i = (exp(z - lse) - one_hot(label)) / batch.

function fail(message: string): never {
  throw new RangeError(message);
}

export function crossEntropy(logits: number[][], labels: number[]): { loss: number; grad: number[][] } {
  if (!Array.isArray(logits) || logits.length === 0) fail("logits must be a non-empty (batch, classes) matrix");
  const batch = logits.length;
  const classes = Array.isArray(logits[0]) ? logits[0].length : -1;
  if (classes < 1) fail("logits must be a (batch, classes) matrix with at least one class");
  for (const row of logits) {
    if (!Array.isArray(row) || row.length !== classes || row.some((v) => typeof v !== "number")) {
      fail("logits must be a (batch, classes) matrix of numbers");
    }
  }
  if (!Array.isArray(labels) || labels.length !== batch) fail(`expected ${batch} labels, got ${labels?.length}`);
  labels.forEach((y, i) => {
    if (!Number.isInteger(y) || y < 0 || y >= classes) fail(`label ${i} is ${y}, not a class in 0..${classes - 1}`);
  });

  let total = 0;
  const grad: number[][] = new Array(batch);
  for (let i = 0; i < batch; i++) {
    const z = logits[i];
    let max = -Infinity;
    for (const v of z) if (v > max) max = v;
    let sum = 0;
    for (const v of z) sum += Math.exp(v - max);
    const lse = max + Math.log(sum);
    total += lse - z[labels[i]];
    const g = new Array<number>(classes);
    for (let k = 0; k < classes; k++) g[k] = Math.exp(z[k] - lse) / batch;
    g[labels[i]] -= 1 / batch;
    grad[i] = g;
  }
  return { loss: total / batch, grad };
}
