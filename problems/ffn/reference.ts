// Position-wise feed-forward network: every token (row vector) goes through
// Linear(d_model → d_ff) → activation → Linear(d_ff → d_model) on its own, with the same weights.
export interface FfnParams {
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

const GELU_C = Math.sqrt(2 / Math.PI);

function activate(kind: string): (z: number) => number {
  if (kind === "relu") return (z) => (z > 0 ? z : 0);
  if (kind === "gelu") return (z) => 0.5 * z * (1 + Math.tanh(GELU_C * (z + 0.044715 * z * z * z)));
  throw new RangeError(`activation must be "relu" or "gelu", not ${JSON.stringify(kind)}`);
}

export function ffn(x: number[][][], p: FfnParams, activation: string): number[][][] {
  const act = activate(activation);
  const dModel = p.w1.length;
  const dFf = p.b1.length;
  if (p.w1.some((row) => row.length !== dFf) || p.w2.length !== dFf || p.w2.some((row) => row.length !== dModel) || p.b2.length !== dModel) {
    throw new RangeError("w1 must be (d_model, d_ff), b1 (d_ff), w2 (d_ff, d_model), b2 (d_model)");
  }
  if (x.some((seq) => seq.some((row) => row.length !== dModel))) throw new RangeError(`tokens must have d_model = ${dModel} features`);

  const hidden = new Float64Array(dFf);
  return x.map((seq) =>
    seq.map((token) => {
      for (let j = 0; j < dFf; j++) {
        let z = p.b1[j];
        for (let i = 0; i < dModel; i++) z += token[i] * p.w1[i][j];
        hidden[j] = act(z);
      }
      const out = p.b2.slice();
      for (let j = 0; j < dFf; j++) {
        const h = hidden[j];
        const row = p.w2[j];
        for (let c = 0; c < dModel; c++) out[c] += h * row[c];
      }
      return out;
    }),
  );
}
