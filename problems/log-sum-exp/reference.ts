// log(sum(exp(x))) along one axis of a tensor of any rank. Each slice is walked with a
// stride in the flattened tensor; its maximum is factored out so the sum lies in [1, len].
// The result drops the axis (or keeps it with length 1 when keepdims is true).

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

export function logSumExp(x: Tensor, axis: number, keepdims = false): Tensor {
  const shape = shapeOf(x);
  const ndim = shape.length;
  if (ndim === 0) throw new RangeError("log-sum-exp needs a tensor with at least one dimension");
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

  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * len * inner + i;
      let max = -Infinity;
      for (let k = 0, at = start; k < len; k++, at += inner) if (values[at] > max) max = values[at];
      let sum = 0;
      for (let k = 0, at = start; k < len; k++, at += inner) sum += Math.exp(values[at] - max);
      out[o * inner + i] = max + Math.log(sum);
    }
  }
  const outShape = keepdims ? shape.map((s, d) => (d === ax ? 1 : s)) : shape.filter((_, d) => d !== ax);
  return unflatten(out, outShape);
}
