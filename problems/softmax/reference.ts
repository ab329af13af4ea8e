// Softmax along one axis of a tensor of any rank. The tensor is flattened (row-major);
// the slice along `axis` is walked with a stride, so every slice costs O(its length)
// and the whole call O(n). Each slice subtracts its own maximum before exp().

export type Tensor = number | Tensor[];

function shapeOf(x: Tensor): number[] {
  const shape: number[] = [];
  let v: Tensor = x;
  while (Array.isArray(v)) {
    shape.push(v.length);
    if (v.length === 0) break;
    v = v[0];
  }
  return shape;
}

function flatten(x: Tensor, out: number[]): void {
  if (!Array.isArray(x)) {
    out.push(x);
  } else if (x.length > 0 && !Array.isArray(x[0])) {
    for (let i = 0; i < x.length; i++) out.push(x[i] as number); // a row of numbers
  } else {
    for (const v of x) flatten(v, out);
  }
}

function unflatten(flat: Float64Array, shape: number[]): Tensor {
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

export function softmax(x: Tensor, axis: number): Tensor {
  const shape = shapeOf(x);
  const ndim = shape.length;
  if (ndim === 0) throw new RangeError("softmax needs a tensor with at least one dimension");
  if (shape.includes(0)) throw new RangeError(`every dimension must be at least 1, got shape (${shape.join(", ")})`);
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new RangeError(`axis ${axis} is out of range for a ${ndim}-D tensor`);
  }
  const ax = axis < 0 ? axis + ndim : axis;

  const values: number[] = [];
  flatten(x, values);
  const len = shape[ax];
  let inner = 1;
  for (let d = ax + 1; d < ndim; d++) inner *= shape[d];
  const outer = values.length / (len * inner);

  const out = new Float64Array(values.length);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * len * inner + i;
      let max = -Infinity;
      for (let k = 0, at = start; k < len; k++, at += inner) if (values[at] > max) max = values[at];
      let sum = 0;
      for (let k = 0, at = start; k < len; k++, at += inner) {
        const e = Math.exp(values[at] - max);
        out[at] = e;
        sum += e;
      }
      for (let k = 0, at = start; k < len; k++, at += inner) out[at] /= sum;
    }
  }
  return unflatten(out, shape);
}
