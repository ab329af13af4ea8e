// Multi-head cross-attention: queries from the decoder, keys and values from the
// encoder, one query row at a time with a max-subtracted softmax over the encoder.
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

/** rows @ w + b for row vectors. */
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

export function multiHeadCrossAttention(xDec: number[][][], xEnc: number[][][], p: AttnParams, numHeads: number): number[][][] {
  const dModel = p.wq.length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new RangeError(`d_model ${dModel} cannot be split into ${numHeads} heads`);
  }
  if (xDec.length !== xEnc.length) {
    throw new RangeError(`the decoder batch has ${xDec.length} sequences but the encoder batch has ${xEnc.length}`);
  }
  const dHead = dModel / numHeads;
  const scale = 1 / Math.sqrt(dHead);

  return xDec.map((dec, b) => {
    const enc = xEnc[b];
    const q = project(dec, p.wq, p.bq);
    const k = project(enc, p.wk, p.bk);
    const v = project(enc, p.wv, p.bv);
    const nEnc = enc.length;
    const heads = dec.map(() => new Array<number>(dModel).fill(0));
    const scores = new Float64Array(nEnc);

    for (let h = 0; h < numHeads; h++) {
      const lo = h * dHead;
      const hi = lo + dHead;
      for (let i = 0; i < dec.length; i++) {
        let max = -Infinity;
        for (let j = 0; j < nEnc; j++) {
          let dot = 0;
          for (let c = lo; c < hi; c++) dot += q[i][c] * k[j][c];
          scores[j] = dot * scale;
          if (scores[j] > max) max = scores[j];
        }
        let total = 0;
        for (let j = 0; j < nEnc; j++) {
          scores[j] = Math.exp(scores[j] - max);
          total += scores[j];
        }
        const out = heads[i];
        for (let j = 0; j < nEnc; j++) {
          const weight = scores[j] / total;
          for (let c = lo; c < hi; c++) out[c] += weight * v[j][c];
        }
      }
    }
    return project(heads, p.wo, p.bo);
  });
}
