// Post-norm Transformer encoder block: h = LN1(x + MHA(x)), out = LN2(h + FFN(h)),
// with FFN(h) = ReLU(h·w1 + b1)·w2 + b2 and LayerNorm eps = 1e-5.
export interface EncoderParams {
  wq: number[][];
  wk: number[][];
  wv: number[][];
  wo: number[][];
  bq: number[];
  bk: number[];
  bv: number[];
  bo: number[];
  gamma1: number[];
  beta1: number[];
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
  gamma2: number[];
  beta2: number[];
}

const EPS = 1e-5;

/** rows @ w + b for row vectors. */
function linear(rows: number[][], w: number[][], b: number[]): number[][] {
  const m = b.length;
  return rows.map((row) => {
    const out = b.slice();
    for (let k = 0; k < row.length; k++) {
      const xk = row[k];
      const wk = w[k];
      for (let c = 0; c < m; c++) out[c] += xk * wk[c];
    }
    return out;
  });
}

/** LayerNorm of every row over its features (biased variance). */
function layerNorm(rows: number[][], gamma: number[], beta: number[]): number[][] {
  return rows.map((row) => {
    const d = row.length;
    let mean = 0;
    for (const v of row) mean += v;
    mean /= d;
    let variance = 0;
    for (const v of row) variance += (v - mean) * (v - mean);
    const inv = 1 / Math.sqrt(variance / d + EPS);
    return row.map((v, c) => gamma[c] * (v - mean) * inv + beta[c]);
  });
}

/** Multi-head self-attention over one sequence (no mask). */
function selfAttention(seq: number[][], p: EncoderParams, numHeads: number): number[][] {
  const dModel = p.wq.length;
  const dHead = dModel / numHeads;
  const scale = 1 / Math.sqrt(dHead);
  const n = seq.length;
  const q = linear(seq, p.wq, p.bq);
  const k = linear(seq, p.wk, p.bk);
  const v = linear(seq, p.wv, p.bv);
  const heads = seq.map(() => new Array<number>(dModel).fill(0));
  const scores = new Float64Array(n);
  for (let h = 0; h < numHeads; h++) {
    const lo = h * dHead;
    const hi = lo + dHead;
    for (let i = 0; i < n; i++) {
      let max = -Infinity;
      for (let j = 0; j < n; j++) {
        let dot = 0;
        for (let c = lo; c < hi; c++) dot += q[i][c] * k[j][c];
        scores[j] = dot * scale;
        if (scores[j] > max) max = scores[j];
      }
      let total = 0;
      for (let j = 0; j < n; j++) {
        scores[j] = Math.exp(scores[j] - max);
        total += scores[j];
      }
      for (let j = 0; j < n; j++) {
        const weight = scores[j] / total;
        for (let c = lo; c < hi; c++) heads[i][c] += weight * v[j][c];
      }
    }
  }
  return linear(heads, p.wo, p.bo);
}

const add = (a: number[][], b: number[][]): number[][] => a.map((row, i) => row.map((v, c) => v + b[i][c]));

export function transformerEncoderBlock(x: number[][][], p: EncoderParams, numHeads: number): number[][][] {
  const dModel = p.wq.length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new RangeError(`d_model ${dModel} cannot be split into ${numHeads} heads`);
  }
  return x.map((seq) => {
    const h = layerNorm(add(seq, selfAttention(seq, p, numHeads)), p.gamma1, p.beta1);
    const hidden = linear(h, p.w1, p.b1).map((row) => row.map((v) => (v > 0 ? v : 0)));
    const ffn = linear(hidden, p.w2, p.b2);
    return layerNorm(add(h, ffn), p.gamma2, p.beta2);
  });
}
