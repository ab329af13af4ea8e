// Rotary position embedding, interleaved pairs: features (2i, 2i+1) of the token at position
// p are rotated by the angle p * base^(-2i/d). The angles are computed once per position.
export interface RopeResult {
  q: number[][][];
  k: number[][][];
}

function rotate(x: number[][][], cos: Float64Array[], sin: Float64Array[]): number[][][] {
  return x.map((seq) =>
    seq.map((token, s) => {
      const out = new Array<number>(token.length);
      for (let i = 0; 2 * i < token.length; i++) {
        const a = token[2 * i];
        const b = token[2 * i + 1];
        out[2 * i] = a * cos[s][i] - b * sin[s][i];
        out[2 * i + 1] = a * sin[s][i] + b * cos[s][i];
      }
      return out;
    }),
  );
}

export function rope(q: number[][][], k: number[][][], base: number, offset: number): RopeResult {
  const d = q[0][0].length;
  if (d % 2 !== 0) throw new RangeError(`the feature width ${d} must be even`);
  if (k.length !== q.length || k[0].length !== q[0].length || k[0][0].length !== d) throw new RangeError("q and k must have the same shape");
  if (!(base > 0) || !Number.isInteger(offset) || offset < 0) throw new RangeError("base must be positive and offset a whole number >= 0");
  const seqLen = q[0].length;
  const half = d / 2;
  const freq = Array.from({ length: half }, (_, i) => Math.pow(base, (-2 * i) / d));
  const cos: Float64Array[] = [];
  const sin: Float64Array[] = [];
  for (let s = 0; s < seqLen; s++) {
    const c = new Float64Array(half);
    const n = new Float64Array(half);
    for (let i = 0; i < half; i++) {
      const angle = (offset + s) * freq[i];
      c[i] = Math.cos(angle);
      n[i] = Math.sin(angle);
    }
    cos.push(c);
    sin.push(n);
  }
  return { q: rotate(q, cos, sin), k: rotate(k, cos, sin) };
}
