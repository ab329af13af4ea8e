// RMSNorm over the last axis, forward and backward, for x of any rank >= 1: every leaf
// array of x is one row of length d, divided by its root mean square and scaled by the gain.
export type Tensor = number[] | Tensor[];

export interface RmsNormResult {
  out: Tensor;
  dx: Tensor;
  dgain: number[];
}

function shapeOf(t: Tensor): number[] {
  const shape: number[] = [];
  for (let cur: unknown = t; Array.isArray(cur); cur = cur[0]) shape.push(cur.length);
  return shape;
}

function leafRows(t: Tensor, acc: number[][] = []): number[][] {
  if (t.length === 0 || typeof t[0] === "number") acc.push(t as number[]);
  else for (const sub of t as Tensor[]) leafRows(sub, acc);
  return acc;
}

function rebuild(like: Tensor, rows: number[][], at = { i: 0 }): Tensor {
  if (like.length === 0 || typeof like[0] === "number") return rows[at.i++];
  return (like as Tensor[]).map((sub) => rebuild(sub, rows, at));
}

export function rmsNorm(x: Tensor, gain: number[], eps: number, dout: Tensor): RmsNormResult {
  const shape = shapeOf(x);
  const d = shape[shape.length - 1];
  if (gain.length !== d) throw new RangeError(`gain must have length ${d}`);
  if (shapeOf(dout).join() !== shape.join()) throw new RangeError("dout must have the shape of x");

  const dgain = new Array<number>(d).fill(0);
  const outRows: number[][] = [];
  const dxRows: number[][] = [];
  const ups = leafRows(dout);
  leafRows(x).forEach((row, r) => {
    const up = ups[r];
    let meanSq = 0;
    for (const v of row) meanSq += v * v;
    meanSq /= d;
    const inv = 1 / Math.sqrt(meanSq + eps); // eps inside the root
    const xhat = row.map((v) => v * inv);
    // dL/dxhat = up * gain; xhat depends on every x of the row through the rms.
    let dot = 0;
    for (let c = 0; c < d; c++) {
      dot += up[c] * gain[c] * xhat[c];
      dgain[c] += up[c] * xhat[c];
    }
    dot /= d;
    outRows.push(xhat.map((h, c) => gain[c] * h));
    dxRows.push(xhat.map((h, c) => (up[c] * gain[c] - h * dot) * inv));
  });
  return { out: rebuild(x, outRows), dx: rebuild(x, dxRows), dgain };
}
