// Incremental causal self-attention: each step projects only the new token, appends its
// key and value to the cache, and attends with its query over the cached tokens 0..t.
export interface AttnParams {
  wq: number[][];
  wk: number[][];
  wv: number[][];
  wo: number[][];
  bq: number[];
  bk: number[];
  bv: number[];
  bo: number[];
}

/** row @ w + b for one row vector. */
function project(row: number[], w: number[][], b: number[]): number[] {
  const out = b.slice();
  for (let k = 0; k < row.length; k++) {
    const xk = row[k];
    const wk = w[k];
    for (let c = 0; c < out.length; c++) out[c] += xk * wk[c];
  }
  return out;
}

export function kvCacheDecode(x: number[][], p: AttnParams, numHeads: number): number[][] {
  const dModel = p.wq.length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new RangeError(`d_model ${dModel} cannot be split into ${numHeads} heads`);
  }
  const dHead = dModel / numHeads;
  const scale = 1 / Math.sqrt(dHead);
  const keys: number[][] = [];
  const values: number[][] = [];
  const outputs: number[][] = [];
  const weights = new Float64Array(x.length);

  for (const token of x) {
    const q = project(token, p.wq, p.bq);
    keys.push(project(token, p.wk, p.bk));
    values.push(project(token, p.wv, p.bv));
    const t = keys.length; // cached tokens, the current one included
    const mixed = new Array<number>(dModel).fill(0);
    for (let h = 0; h < numHeads; h++) {
      const lo = h * dHead;
      const hi = lo + dHead;
      let max = -Infinity;
      for (let j = 0; j < t; j++) {
        let dot = 0;
        for (let c = lo; c < hi; c++) dot += q[c] * keys[j][c];
        weights[j] = dot * scale;
        if (weights[j] > max) max = weights[j];
      }
      let total = 0;
      for (let j = 0; j < t; j++) {
        weights[j] = Math.exp(weights[j] - max);
        total += weights[j];
      }
      for (let j = 0; j < t; j++) {
        const a = weights[j] / total;
        for (let c = lo; c < hi; c++) mixed[c] += a * values[j][c];
      }
    }
    outputs.push(project(mixed, p.wo, p.bo));
  }
  return outputs;
}
