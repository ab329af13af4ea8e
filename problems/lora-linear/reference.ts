// LoRA linear layer: frozen x·W + bias plus (alpha / r)·(x·A)·B, computed row by row
// through the thin (r)-wide intermediate, never forming the d_in × d_out product A·B.
export interface LoraParams {
  w: number[][];
  bias: number[];
  A: number[][];
  B: number[][];
}

export interface LoraOutput {
  y: number[][];
  trainableParams: number;
}

export function loraLinear(x: number[][], p: LoraParams, alpha: number): LoraOutput {
  const dIn = p.w.length;
  const dOut = p.w[0]?.length ?? 0;
  const r = p.A[0]?.length ?? 0;
  const fits =
    dIn > 0 && dOut > 0 && r > 0 &&
    x.every((row) => row.length === dIn) &&
    p.A.length === dIn &&
    p.B.length === r && p.B.every((row) => row.length === dOut) &&
    p.bias.length === dOut;
  if (!fits) throw new RangeError("LoRA shapes do not fit: need x (batch, d_in), w (d_in, d_out), A (d_in, r), B (r, d_out), bias (d_out)");

  const scale = alpha / r;
  const y = x.map((row) => {
    const out = p.bias.slice();
    const low = new Array<number>(r).fill(0); // row · A
    for (let k = 0; k < dIn; k++) {
      const xk = row[k];
      const wk = p.w[k];
      const ak = p.A[k];
      for (let c = 0; c < dOut; c++) out[c] += xk * wk[c];
      for (let j = 0; j < r; j++) low[j] += xk * ak[j];
    }
    for (let j = 0; j < r; j++) {
      const lj = scale * low[j];
      const bj = p.B[j];
      for (let c = 0; c < dOut; c++) out[c] += lj * bj[c];
    }
    return out;
  });
  return { y, trainableParams: r * (dIn + dOut) };
}
