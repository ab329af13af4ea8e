// Post-norm Transformer decoder block on plain arrays:
//   h1 = LN1(y + MHA(y, y, causal)), h2 = LN2(h1 + MHA(h1, memory)), out = LN3(h2 + FFN(h2)).
export interface DecoderParams {
  wq1: number[][]; wk1: number[][]; wv1: number[][]; wo1: number[][];
  bq1: number[]; bk1: number[]; bv1: number[]; bo1: number[];
  wq2: number[][]; wk2: number[][]; wv2: number[][]; wo2: number[][];
  bq2: number[]; bk2: number[]; bv2: number[]; bo2: number[];
  gamma1: number[]; beta1: number[];
  gamma2: number[]; beta2: number[];
  gamma3: number[]; beta3: number[];
  w1: number[][]; b1: number[]; w2: number[][]; b2: number[];
}

const EPS = 1e-5;

/** rows @ w + b for row vectors. */
function linear(rows: number[][], w: number[][], b: number[]): number[][] {
  return rows.map((row) => {
    const out = b.slice();
    for (let k = 0; k < row.length; k++) {
      const wk = w[k];
      for (let c = 0; c < out.length; c++) out[c] += row[k] * wk[c];
    }
    return out;
  });
}

interface AttnWeights { wq: number[][]; wk: number[][]; wv: number[][]; wo: number[][]; bq: number[]; bk: number[]; bv: number[]; bo: number[] }

/** Multi-head attention of the rows of `from` over the rows of `to`; causal hides keys j > i. */
function attention(from: number[][], to: number[][], a: AttnWeights, numHeads: number, causal: boolean): number[][] {
  const d = a.bq.length;
  const dHead = d / numHeads;
  const scale = 1 / Math.sqrt(dHead);
  const q = linear(from, a.wq, a.bq);
  const k = linear(to, a.wk, a.bk);
  const v = linear(to, a.wv, a.bv);
  const context = from.map(() => new Array<number>(d).fill(0));
  const scores = new Float64Array(to.length);
  for (let h = 0; h < numHeads; h++) {
    const lo = h * dHead;
    const hi = lo + dHead;
    for (let i = 0; i < from.length; i++) {
      const visible = causal ? Math.min(i + 1, to.length) : to.length;
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
      for (let j = 0; j < visible; j++) {
        const w = scores[j] / total;
        for (let c = lo; c < hi; c++) context[i][c] += w * v[j][c];
      }
    }
  }
  return linear(context, a.wo, a.bo);
}

/** LayerNorm of (a + b) row by row: the "add & norm" of a sublayer. */
function addNorm(a: number[][], b: number[][], gamma: number[], beta: number[]): number[][] {
  return a.map((row, i) => {
    const s = row.map((v, c) => v + b[i][c]);
    const mean = s.reduce((t, v) => t + v, 0) / s.length;
    const variance = s.reduce((t, v) => t + (v - mean) * (v - mean), 0) / s.length;
    const inv = 1 / Math.sqrt(variance + EPS);
    return s.map((v, c) => gamma[c] * (v - mean) * inv + beta[c]);
  });
}

export function transformerDecoderBlock(y: number[][][], memory: number[][][], p: DecoderParams, numHeads: number): number[][][] {
  const d = p.wq1.length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || d % numHeads !== 0) throw new RangeError(`d_model ${d} cannot be split into ${numHeads} heads`);
  if (memory.length !== y.length) throw new RangeError("memory must have one sequence per target sequence");
  if (memory.some((seq) => seq.some((row) => row.length !== d))) throw new RangeError(`memory rows must have d_model = ${d} features`);
  const self: AttnWeights = { wq: p.wq1, wk: p.wk1, wv: p.wv1, wo: p.wo1, bq: p.bq1, bk: p.bk1, bv: p.bv1, bo: p.bo1 };
  const cross: AttnWeights = { wq: p.wq2, wk: p.wk2, wv: p.wv2, wo: p.wo2, bq: p.bq2, bk: p.bk2, bv: p.bv2, bo: p.bo2 };
  return y.map((seq, b) => {
    const h1 = addNorm(seq, attention(seq, seq, self, numHeads, true), p.gamma1, p.beta1);
    const h2 = addNorm(h1, attention(h1, memory[b], cross, numHeads, false), p.gamma2, p.beta2);
    const ffn = linear(linear(h2, p.w1, p.b1).map((r) => r.map((z) => (z > 0 ? z : 0))), p.w2, p.b2);
    return addNorm(h2, ffn, p.gamma3, p.beta3);
  });
}
