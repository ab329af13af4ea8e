// A whole encoder-decoder Transformer forward pass on token ids (teacher forcing):
// scaled embeddings + sinusoidal positions, N post-norm encoder blocks, N post-norm decoder
// blocks (causal self-attention, cross-attention over the encoder output, FFN), output projection.
type M = number[][];
export type TransformerParams = Record<string, number[] | number[][] | number[][][]>;

const EPS = 1e-5;

function linear(rows: M, w: M, b: number[]): M {
  return rows.map((row) => {
    const out = b.slice();
    for (let k = 0; k < row.length; k++) {
      const wk = w[k];
      for (let c = 0; c < out.length; c++) out[c] += row[k] * wk[c];
    }
    return out;
  });
}

function addNorm(a: M, b: M, g: number[], beta: number[]): M {
  return a.map((row, i) => {
    const s = row.map((v, c) => v + b[i][c]);
    const mean = s.reduce((t, v) => t + v, 0) / s.length;
    const variance = s.reduce((t, v) => t + (v - mean) * (v - mean), 0) / s.length;
    const inv = 1 / Math.sqrt(variance + EPS);
    return s.map((v, c) => g[c] * (v - mean) * inv + beta[c]);
  });
}

interface Attn { wq: M; wk: M; wv: M; wo: M; bq: number[]; bk: number[]; bv: number[]; bo: number[] }

function attention(from: M, to: M, a: Attn, heads: number, causal: boolean): M {
  const d = a.bq.length;
  const dh = d / heads;
  const q = linear(from, a.wq, a.bq);
  const k = linear(to, a.wk, a.bk);
  const v = linear(to, a.wv, a.bv);
  const ctx = from.map(() => new Array<number>(d).fill(0));
  const s = new Float64Array(to.length);
  for (let h = 0; h < heads; h++) {
    const lo = h * dh;
    for (let i = 0; i < from.length; i++) {
      const visible = causal ? Math.min(i + 1, to.length) : to.length;
      let max = -Infinity;
      for (let j = 0; j < visible; j++) {
        let dot = 0;
        for (let c = lo; c < lo + dh; c++) dot += q[i][c] * k[j][c];
        s[j] = dot / Math.sqrt(dh);
        if (s[j] > max) max = s[j];
      }
      let total = 0;
      for (let j = 0; j < visible; j++) total += (s[j] = Math.exp(s[j] - max));
      for (let j = 0; j < visible; j++) for (let c = lo; c < lo + dh; c++) ctx[i][c] += (s[j] / total) * v[j][c];
    }
  }
  return linear(ctx, a.wo, a.bo);
}

const ffn = (x: M, w1: M, b1: number[], w2: M, b2: number[]) => linear(linear(x, w1, b1).map((r) => r.map((z) => (z > 0 ? z : 0))), w2, b2);

function embed(ids: number[], emb: M): M {
  const d = emb[0].length;
  const scale = Math.sqrt(d);
  return ids.map((id, pos) =>
    emb[id].map((v, j) => v * scale + (j % 2 === 0 ? Math.sin : Math.cos)(pos / Math.pow(10000, (2 * Math.floor(j / 2)) / d))),
  );
}

export function transformer(src: number[], tgt: number[], p: TransformerParams, numHeads: number): number[][] {
  const emb = p.emb as M;
  const vocab = emb.length;
  const d = emb[0].length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || d % numHeads !== 0) throw new RangeError(`d_model ${d} cannot be split into ${numHeads} heads`);
  if (src.length < 1 || tgt.length < 1) throw new RangeError("src and tgt must not be empty");
  if ([...src, ...tgt].some((id) => !Number.isInteger(id) || id < 0 || id >= vocab)) throw new RangeError(`token ids must lie in [0, ${vocab})`);
  const L = <T = M>(name: string, l: number): T => (p[name] as unknown as T[])[l];
  const attn = (pre: string, suf: string, l: number): Attn => ({
    wq: L(`${pre}wq${suf}`, l), wk: L(`${pre}wk${suf}`, l), wv: L(`${pre}wv${suf}`, l), wo: L(`${pre}wo${suf}`, l),
    bq: L<number[]>(`${pre}bq${suf}`, l), bk: L<number[]>(`${pre}bk${suf}`, l), bv: L<number[]>(`${pre}bv${suf}`, l), bo: L<number[]>(`${pre}bo${suf}`, l),
  });

  let memory = embed(src, emb);
  for (let l = 0; l < (p.ewq as M[]).length; l++) {
    const h = addNorm(memory, attention(memory, memory, attn("e", "", l), numHeads, false), L<number[]>("egamma1", l), L<number[]>("ebeta1", l));
    memory = addNorm(h, ffn(h, L("ew1", l), L<number[]>("eb1", l), L("ew2", l), L<number[]>("eb2", l)), L<number[]>("egamma2", l), L<number[]>("ebeta2", l));
  }
  let y = embed(tgt, emb);
  for (let l = 0; l < (p.dwq1 as M[]).length; l++) {
    const h1 = addNorm(y, attention(y, y, attn("d", "1", l), numHeads, true), L<number[]>("dgamma1", l), L<number[]>("dbeta1", l));
    const h2 = addNorm(h1, attention(h1, memory, attn("d", "2", l), numHeads, false), L<number[]>("dgamma2", l), L<number[]>("dbeta2", l));
    y = addNorm(h2, ffn(h2, L("dw1", l), L<number[]>("db1", l), L("dw2", l), L<number[]>("db2", l)), L<number[]>("dgamma3", l), L<number[]>("dbeta3", l));
  }
  return linear(y, p.wout as M, p.bout as number[]);
}
