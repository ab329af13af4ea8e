// One Adam step. The update is elementwise, so the four tensors are walked together
// by a recursive helper after checking they share one shape.

export type Tensor = number[] | Tensor[];

export interface AdamState {
  param: Tensor;
  m: Tensor;
  v: Tensor;
}

type Value = Tensor | number;

/** The shape of a rectangular nested array (drill guarantees rectangular tensors). */
function shapeOf(x: Value): string {
  const shape: number[] = [];
  for (let cur: unknown = x; Array.isArray(cur); cur = cur[0]) shape.push(cur.length);
  return shape.join(",");
}

export function adamStep(
  param: Tensor,
  grad: Tensor,
  m: Tensor,
  v: Tensor,
  t: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
): AdamState {
  if (!Number.isInteger(t) || t < 1) throw new RangeError(`t must be an integer >= 1, got ${t}`);
  if (!(beta1 >= 0 && beta1 < 1)) throw new RangeError(`beta1 must be in [0, 1), got ${beta1}`);
  if (!(beta2 >= 0 && beta2 < 1)) throw new RangeError(`beta2 must be in [0, 1), got ${beta2}`);
  const shape = shapeOf(param);
  if (shapeOf(grad) !== shape || shapeOf(m) !== shape || shapeOf(v) !== shape) {
    throw new RangeError("param, grad, m and v must have the same shape");
  }

  const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;

  const walk = (p: Value, g: Value, mi: Value, vi: Value): [Value, Value, Value] => {
    if (typeof p === "number") {
      const gg = g as number;
      const m1 = beta1 * (mi as number) + (1 - beta1) * gg;
      const v1 = beta2 * (vi as number) + (1 - beta2) * gg * gg;
      const mHat = m1 / correction1;
      const vHat = v1 / correction2;
      return [p - (lr * mHat) / (Math.sqrt(vHat) + eps), m1, v1];
    }
    const outP: Value[] = [];
    const outM: Value[] = [];
    const outV: Value[] = [];
    p.forEach((pi, i) => {
      const [a, b, c] = walk(pi, (g as Value[])[i], (mi as Value[])[i], (vi as Value[])[i]);
      outP.push(a);
      outM.push(b);
      outV.push(c);
    });
    return [outP as Tensor, outM as Tensor, outV as Tensor];
  };

  const [newParam, newM, newV] = walk(param, grad, m, v);
  return { param: newParam as Tensor, m: newM as Tensor, v: newV as Tensor };
}
