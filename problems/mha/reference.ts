// Multi-head self-attention on plain arrays: project, attend per head one query row
// at a time (a numerically stable softmax over the visible keys), concatenate, project.
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

/** rows @ w + b for row vectors: out[i][c] = sum_k rows[i][k] * w[k][c] + b[c]. */
function project(rows: number[][], w: number[][], b: number[]): number[][] {
  const d = b.length;
  return rows.map((row) => {
    const out = b.slice();
    for (let k = 0; k < row.length; k++) {
      const xk = row[k];
      const wk = w[k];
      for (let c = 0; c < d; c++) out[c] += xk * wk[c];
    }
    return out;
  });
}

export function multiHeadAttention(x: number[][][], p: AttnParams, numHeads: number, causal = false): number[][][] {
  const dModel = p.wq.length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new RangeError(`d_model ${dModel} cannot be split into ${numHeads} heads`);
  }
  const dHead = dModel / numHeads;
  const scale = 1 / Math.sqrt(dHead);

  return x.map((seq) => {
    const n = seq.length;
    const q = project(seq, p.wq, p.bq);
    const k = project(seq, p.wk, p.bk);
    const v = project(seq, p.wv, p.bv);
    const heads = seq.map(() => new Array<number>(dModel).fill(0));
    const scores = new Float64Array(n);

    for (let h = 0; h < numHeads; h++) {
      const lo = h * dHead;
      const hi = lo + dHead;
      for (let i = 0; i < n; i++) {
        const visible = causal ? i + 1 : n; // keys 0..visible-1
        let max = -Infinity;
        for (let j = 0; j < visible; j++) {
          let dot = 0;
          for (let c = lo; c < hi; c++) dot += q[i][c] * k[j][c];
          scores[j] = dot * scale;
          if (scores[j] > max) max = scores[j];
        }
        let total = 0;
        for (let j = 0; j < visible; j++) {
          scores[j] = Math.exp(scores[j] - max);
          total += scores[j];
        }
        const out = heads[i];
        for (let j = 0; j < visible; j++) {
          const weight = scores[j] / total;
          for (let c = lo; c < hi; c++) out[c] += weight * v[j][c];
        }
      }
    }
    return project(heads, p.wo, p.bo);
  });
}
