// Batch normalisation of x (N, C) over the batch axis, for training (batch statistics,
// running statistics updated, exact backward) and evaluation (running statistics, frozen).
export interface BatchNormResult {
  out: number[][];
  dx: number[][];
  dgamma: number[];
  dbeta: number[];
  mean: number[]; // running mean after the call
  var: number[]; // running variance after the call
}

export function batchNorm(
  x: number[][], gamma: number[], beta: number[], runningMean: number[], runningVar: number[],
  momentum: number, eps: number, training: boolean, dout: number[][],
): BatchNormResult {
  const n = x.length;
  const c = gamma.length;
  if (n < 1 || x.some((row) => row.length !== c)) throw new RangeError(`every row of x must have C = ${c} features`);
  if (beta.length !== c || runningMean.length !== c || runningVar.length !== c) throw new RangeError(`beta and the running statistics must have length ${c}`);
  if (dout.length !== n || dout.some((row) => row.length !== c)) throw new RangeError("dout must have the shape of x");
  if (!(momentum >= 0 && momentum <= 1)) throw new RangeError("momentum must lie in [0, 1]");
  if (training && n < 2) throw new RangeError("training needs at least 2 rows per batch");

  const out = x.map(() => new Array<number>(c));
  const dx = x.map(() => new Array<number>(c));
  const dgamma = new Array<number>(c).fill(0);
  const dbeta = new Array<number>(c).fill(0);
  const mean = runningMean.slice();
  const variance = runningVar.slice();

  for (let j = 0; j < c; j++) {
    let mu: number;
    let v: number;
    if (training) {
      mu = 0;
      for (let i = 0; i < n; i++) mu += x[i][j];
      mu /= n;
      v = 0;
      for (let i = 0; i < n; i++) v += (x[i][j] - mu) ** 2;
      v /= n; // biased: used to normalise
      mean[j] = (1 - momentum) * runningMean[j] + momentum * mu;
      variance[j] = (1 - momentum) * runningVar[j] + momentum * ((v * n) / (n - 1)); // unbiased
    } else {
      mu = runningMean[j];
      v = runningVar[j];
    }
    const inv = 1 / Math.sqrt(v + eps);
    let sumG = 0;
    let sumGX = 0;
    for (let i = 0; i < n; i++) {
      const xhat = (x[i][j] - mu) * inv;
      out[i][j] = gamma[j] * xhat + beta[j];
      dgamma[j] += dout[i][j] * xhat;
      dbeta[j] += dout[i][j];
      sumG += dout[i][j];
      sumGX += dout[i][j] * xhat;
    }
    for (let i = 0; i < n; i++) {
      if (!training) {
        dx[i][j] = dout[i][j] * gamma[j] * inv; // frozen statistics: a per-feature affine map
        continue;
      }
      const xhat = (x[i][j] - mu) * inv;
      dx[i][j] = (gamma[j] * inv / n) * (n * dout[i][j] - sumG - xhat * sumGX);
    }
  }
  return { out, dx, dgamma, dbeta, mean, var: variance };
}
