// KL(p || q) in nats for every distribution along the last axis. Both tensors are
// flattened; each run of k = last-dimension entries is one distribution. Terms with
// p = 0 are skipped (0 log 0 = 0); q = 0 where p > 0 is rejected (infinite divergence).

export type Tensor = number | Tensor[];

const SUM_TOLERANCE = 1e-6;

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

function checkDistributions(values: number[], k: number, name: string): void {
  for (let start = 0; start < values.length; start += k) {
    let sum = 0;
    for (let j = start; j < start + k; j++) {
      const v = values[j];
      if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`${name} has an entry ${v}: probabilities are finite and >= 0`);
      sum += v;
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) throw new RangeError(`a distribution of ${name} sums to ${sum}, not 1`);
  }
}

export function klDivergence(p: Tensor, q: Tensor): Tensor {
  const shape = shapeOf(p);
  const qShape = shapeOf(q);
  if (shape.join(",") !== qShape.join(",")) {
    throw new RangeError(`p has shape (${shape.join(", ")}) but q has (${qShape.join(", ")})`);
  }
  if (shape.length === 0) throw new RangeError("p and q need at least one dimension");
  if (shape.includes(0)) throw new RangeError(`every dimension must be at least 1, got (${shape.join(", ")})`);

  const pv: number[] = [];
  const qv: number[] = [];
  flatten(p, pv);
  flatten(q, qv);
  const k = shape[shape.length - 1];
  checkDistributions(pv, k, "p");
  checkDistributions(qv, k, "q");

  const out = new Float64Array(pv.length / k);
  for (let r = 0; r < out.length; r++) {
    let total = 0;
    for (let j = r * k; j < (r + 1) * k; j++) {
      if (pv[j] === 0) continue;
      if (qv[j] === 0) throw new RangeError("q is 0 where p is positive: KL(p || q) is infinite");
      total += pv[j] * Math.log(pv[j] / qv[j]);
    }
    out[r] = total;
  }
  return unflatten(out, shape.slice(0, -1));
}
