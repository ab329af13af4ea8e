// One self-attention head on plain arrays: project every token to a query, key and value
// (row vectors times the matrices), then for each query a max-subtracted softmax over the
// keys it may see and the weighted sum of their values. Sequences of the batch never mix.
export interface SelfAttnParams {
  wq: number[][];
  bq: number[];
  wk: number[][];
  bk: number[];
  wv: number[][];
  bv: number[];
}

/** rows @ w + b: out[i][c] = sum_k rows[i][k] * w[k][c] + b[c]. */
function project(rows: number[][], w: number[][], b: number[]): number[][] {
  return rows.map((row) => {
    const out = b.slice();
    for (let k = 0; k < row.length; k++) {
      const wk = w[k];
      for (let c = 0; c < out.length; c++) out[c] += row[k] * wk[c];
    }
    return out;
  });
}

export function selfAttention(x: number[][][], p: SelfAttnParams, mask?: boolean[][] | null): number[][][] {
  const dIn = p.wq.length;
  const dk = p.bq.length;
  const dv = p.bv.length;
  if (p.wk.length !== dIn || p.wv.length !== dIn || p.wk[0].length !== dk || p.bk.length !== dk || p.wv[0].length !== dv) {
    throw new RangeError("wq and wk must both be (d_in, d_k), wv (d_in, d_v), with matching biases");
  }
  if (x.some((seq) => seq.some((row) => row.length !== dIn))) {
    throw new RangeError(`every token must have d_in = ${dIn} features`);
  }
  const seqLen = x[0].length;
  if (mask != null) {
    if (mask.length !== seqLen || mask.some((row) => row.length !== seqLen)) {
      throw new RangeError(`the mask must have shape (${seqLen}, ${seqLen})`);
    }
    const blind = mask.findIndex((row) => !row.includes(true));
    if (blind >= 0) throw new RangeError(`query ${blind} may not attend to any key`);
  }

  const scale = 1 / Math.sqrt(dk);
  return x.map((seq) => {
    const n = seq.length;
    const q = project(seq, p.wq, p.bq);
    const k = project(seq, p.wk, p.bk);
    const v = project(seq, p.wv, p.bv);
    const scores = new Float64Array(n);
    return q.map((qi, i) => {
      let max = -Infinity;
      for (let j = 0; j < n; j++) {
        if (mask != null && !mask[i][j]) {
          scores[j] = -Infinity;
          continue;
        }
        let dot = 0;
        for (let c = 0; c < dk; c++) dot += qi[c] * k[j][c];
        scores[j] = dot * scale;
        if (scores[j] > max) max = scores[j];
      }
      let total = 0;
      for (let j = 0; j < n; j++) {
        scores[j] = Math.exp(scores[j] - max);
        total += scores[j];
      }
      const out = new Array<number>(dv).fill(0);
      for (let j = 0; j < n; j++) {
        if (scores[j] === 0) continue;
        const w = scores[j] / total;
        for (let c = 0; c < dv; c++) out[c] += w * v[j][c];
      }
      return out;
    });
  });
}
