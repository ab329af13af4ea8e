// A Vision Transformer forward pass on one image: patch embedding (as in vit-patch-embedding),
// class token and positions, L pre-norm encoder blocks with a GELU MLP, a final LayerNorm
// on the class token and a linear classification head.
export interface VitParams {
  w: number[][]; b: number[]; cls: number[]; pos: number[][];
  ln1g: number[][]; ln1b: number[][];
  wq: number[][][]; wk: number[][][]; wv: number[][][]; wo: number[][][];
  bq: number[][]; bk: number[][]; bv: number[][]; bo: number[][];
  ln2g: number[][]; ln2b: number[][];
  w1: number[][][]; b1: number[][]; w2: number[][][]; b2: number[][];
  lnfg: number[]; lnfb: number[];
  wh: number[][]; bh: number[];
}

const EPS = 1e-6;
const GELU_C = Math.sqrt(2 / Math.PI);

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

function layerNorm(rows: number[][], g: number[], b: number[]): number[][] {
  return rows.map((r) => {
    const mean = r.reduce((s, v) => s + v, 0) / r.length;
    const variance = r.reduce((s, v) => s + (v - mean) * (v - mean), 0) / r.length;
    const inv = 1 / Math.sqrt(variance + EPS);
    return r.map((v, c) => g[c] * (v - mean) * inv + b[c]);
  });
}

function selfAttention(x: number[][], p: VitParams, l: number, heads: number): number[][] {
  const d = x[0].length;
  const dh = d / heads;
  const q = linear(x, p.wq[l], p.bq[l]);
  const k = linear(x, p.wk[l], p.bk[l]);
  const v = linear(x, p.wv[l], p.bv[l]);
  const ctx = x.map(() => new Array<number>(d).fill(0));
  const s = new Float64Array(x.length);
  for (let h = 0; h < heads; h++) {
    const lo = h * dh;
    for (let i = 0; i < x.length; i++) {
      let max = -Infinity;
      for (let j = 0; j < x.length; j++) {
        let dot = 0;
        for (let c = lo; c < lo + dh; c++) dot += q[i][c] * k[j][c];
        s[j] = dot / Math.sqrt(dh);
        if (s[j] > max) max = s[j];
      }
      let total = 0;
      for (let j = 0; j < x.length; j++) total += (s[j] = Math.exp(s[j] - max));
      for (let j = 0; j < x.length; j++) for (let c = lo; c < lo + dh; c++) ctx[i][c] += (s[j] / total) * v[j][c];
    }
  }
  return linear(ctx, p.wo[l], p.bo[l]);
}

const add = (a: number[][], b: number[][]) => a.map((r, i) => r.map((v, c) => v + b[i][c]));
const gelu = (z: number) => 0.5 * z * (1 + Math.tanh(GELU_C * (z + 0.044715 * z * z * z)));

export function vit(image: number[][][], p: VitParams, patchSize: number, numHeads: number): number[] {
  const [ch, hgt, wid] = [image.length, image[0].length, image[0][0].length];
  const P = patchSize;
  if (!Number.isInteger(P) || P < 1 || hgt % P !== 0 || wid % P !== 0) throw new RangeError(`a ${hgt} × ${wid} image cannot be cut into ${P} × ${P} patches`);
  const d = p.b.length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || d % numHeads !== 0) throw new RangeError(`D = ${d} cannot be split into ${numHeads} heads`);
  const gw = wid / P;
  const numPatches = (hgt / P) * gw;
  if (p.w.length !== P * P * ch || p.pos.length !== numPatches + 1) throw new RangeError("w must be (P·P·C, D) and pos (numPatches + 1, D)");

  // Patch embedding: row-major patches, each flattened row, column, channel (channel fastest).
  const features: number[][] = [];
  for (let k = 0; k < numPatches; k++) {
    const [pr, pc] = [Math.floor(k / gw), k % gw];
    const f: number[] = [];
    for (let r = 0; r < P; r++) for (let c = 0; c < P; c++) for (let cc = 0; cc < ch; cc++) f.push(image[cc][pr * P + r][pc * P + c]);
    features.push(f);
  }
  let x = [p.cls.slice(), ...linear(features, p.w, p.b)].map((t, i) => t.map((v, c) => v + p.pos[i][c]));

  for (let l = 0; l < p.wq.length; l++) {
    x = add(x, selfAttention(layerNorm(x, p.ln1g[l], p.ln1b[l]), p, l, numHeads));
    const hidden = linear(layerNorm(x, p.ln2g[l], p.ln2b[l]), p.w1[l], p.b1[l]).map((r) => r.map(gelu));
    x = add(x, linear(hidden, p.w2[l], p.b2[l]));
  }
  return linear(layerNorm([x[0]], p.lnfg, p.lnfb), p.wh, p.bh)[0];
}
