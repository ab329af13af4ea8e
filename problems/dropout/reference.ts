// Inverted dropout: in training out = x * mask / (1 - p) and, since that is linear in x,
// grad = gradOut * mask / (1 - p); in evaluation both are the identity. Everything is
// validated first (in both modes); the tensors are then flattened, combined element by
// element and rebuilt in the shape of x.

export type Tensor = number | Tensor[];

/** Row-major values of a rectangular tensor and its shape; null when it is ragged. */
function flatten(t: Tensor): { shape: number[]; values: number[] } | null {
  const shape: number[] = [];
  for (let v: Tensor = t; Array.isArray(v); v = v[0]) {
    shape.push(v.length);
    if (v.length === 0) break;
  }
  const values: number[] = [];
  const walk = (v: Tensor, d: number): boolean => {
    if (d === shape.length) {
      if (Array.isArray(v)) return false;
      values.push(v);
      return true;
    }
    if (!Array.isArray(v) || v.length !== shape[d]) return false;
    if (d === shape.length - 1) {
      for (let i = 0; i < v.length; i++) {
        const e = v[i];
        if (Array.isArray(e)) return false;
        values.push(e);
      }
      return true;
    }
    for (let i = 0; i < v.length; i++) if (!walk(v[i], d + 1)) return false;
    return true;
  };
  return walk(t, 0) ? { shape, values } : null;
}

function unflatten(flat: ArrayLike<number>, shape: number[]): Tensor {
  let pos = 0;
  const build = (d: number): Tensor => {
    if (d === shape.length) return flat[pos++];
    const out: Tensor[] = new Array(shape[d]);
    if (d === shape.length - 1) {
      for (let i = 0; i < shape[d]; i++) out[i] = flat[pos++];
    } else {
      for (let i = 0; i < shape[d]; i++) out[i] = build(d + 1);
    }
    return out;
  };
  return build(0);
}

export function dropout(x: Tensor, mask: Tensor, p: number, training: boolean, gradOut: Tensor): { out: Tensor; grad: Tensor } {
  if (!(p >= 0 && p < 1)) throw new RangeError(`p must be in [0, 1), got ${p}`);
  const fx = flatten(x);
  const fm = flatten(mask);
  const fg = flatten(gradOut);
  if (!fx || !fm || !fg) throw new RangeError("x, mask and gradOut must be rectangular tensors");
  const shapeKey = fx.shape.join(",");
  if (fm.shape.join(",") !== shapeKey) throw new RangeError("mask must have the shape of x");
  if (fg.shape.join(",") !== shapeKey) throw new RangeError("gradOut must have the shape of x");
  const m = fm.values;
  for (let i = 0; i < m.length; i++) if (m[i] !== 0 && m[i] !== 1) throw new RangeError("mask entries must be 0 or 1");

  if (!training) return { out: unflatten(fx.values, fx.shape), grad: unflatten(fg.values, fx.shape) };
  const scale = 1 / (1 - p);
  const out = new Float64Array(m.length);
  const grad = new Float64Array(m.length);
  for (let i = 0; i < m.length; i++) {
    if (m[i] === 0) continue; // dropped: 0 forward, 0 backward
    out[i] = fx.values[i] * scale;
    grad[i] = fg.values[i] * scale;
  }
  return { out: unflatten(out, fx.shape), grad: unflatten(grad, fx.shape) };
}
