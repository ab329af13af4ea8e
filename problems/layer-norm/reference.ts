// Layer norm over the last axis, forward and backward, for x of any rank >= 1:
// every leaf array of x is one row of length d.
export type Tensor = number[] | Tensor[];

export interface LayerNormResult {
  out: Tensor;
  dx: Tensor;
  dgamma: number[];
  dbeta: number[];
}

function shapeOf(t: Tensor): number[] {
  const shape: number[] = [];
  let cur: unknown = t;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    cur = cur[0];
  }
  return shape;
}

/** The leaf rows of t, in order. */
function rowsOf(t: Tensor, acc: number[][] = []): number[][] {
  if (t.length === 0 || typeof t[0] === "number") acc.push(t as number[]);
  else for (const sub of t as Tensor[]) rowsOf(sub, acc);
  return acc;
}

/** Rebuilds the nesting of `like` from a list of rows, consumed in order. */
function nestLike(like: Tensor, rows: number[][], at = { i: 0 }): Tensor {
  if (like.length === 0 || typeof like[0] === "number") return rows[at.i++];
  return (like as Tensor[]).map((sub) => nestLike(sub, rows, at));
}

export function layerNorm(x: Tensor, gamma: number[], beta: number[], eps: number, dout: Tensor): LayerNormResult {
  const shape = shapeOf(x);
  const d = shape[shape.length - 1];
  if (gamma.length !== d || beta.length !== d) throw new RangeError(`gamma and beta must have length ${d}`);
  if (shapeOf(dout).join() !== shape.join()) throw new RangeError("dout must have the shape of x");

  const xs = rowsOf(x);
  const gs = rowsOf(dout);
  const outRows: number[][] = [];
  const dxRows: number[][] = [];
  const dgamma = new Array<number>(d).fill(0);
  const dbeta = new Array<number>(d).fill(0);

  xs.forEach((row, r) => {
    const up = gs[r];
    let mean = 0;
    for (const v of row) mean += v;
    mean /= d;
    let variance = 0;
    for (const v of row) variance += (v - mean) * (v - mean);
    variance /= d; // biased: the population variance of the row
    const inv = 1 / Math.sqrt(variance + eps);

    const xhat = row.map((v) => (v - mean) * inv);
    let meanG = 0;
    let meanGX = 0;
    for (let c = 0; c < d; c++) {
      const g = up[c] * gamma[c];
      meanG += g;
      meanGX += g * xhat[c];
      dgamma[c] += up[c] * xhat[c];
      dbeta[c] += up[c];
    }
    meanG /= d;
    meanGX /= d;
    outRows.push(xhat.map((h, c) => gamma[c] * h + beta[c]));
    dxRows.push(xhat.map((h, c) => (up[c] * gamma[c] - meanG - h * meanGX) * inv));
  });

  return { out: nestLike(x, outRows), dx: nestLike(x, dxRows), dgamma, dbeta };
}
