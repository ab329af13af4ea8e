// One step of SGD with momentum in PyTorch's convention (dampening 0, no Nesterov),
// with L2 weight decay folded into the gradient. Elementwise over nested arrays.

export type Tensor = number[] | Tensor[];

export interface SgdState {
  param: Tensor;
  velocity: Tensor;
}

type Value = Tensor | number;

/** The shape of a rectangular nested array (drill guarantees rectangular tensors). */
function shapeOf(x: Value): string {
  const shape: number[] = [];
  for (let cur: unknown = x; Array.isArray(cur); cur = cur[0]) shape.push(cur.length);
  return shape.join(",");
}

export function sgdMomentum(param: Tensor, grad: Tensor, velocity: Tensor, lr: number, momentum: number, weightDecay: number): SgdState {
  if (!(lr >= 0)) throw new RangeError(`lr must be >= 0, got ${lr}`);
  if (!(momentum >= 0)) throw new RangeError(`momentum must be >= 0, got ${momentum}`);
  if (!(weightDecay >= 0)) throw new RangeError(`weightDecay must be >= 0, got ${weightDecay}`);
  const shape = shapeOf(param);
  if (shapeOf(grad) !== shape || shapeOf(velocity) !== shape) {
    throw new RangeError("param, grad and velocity must have the same shape");
  }

  const walk = (p: Value, g: Value, vel: Value): [Value, Value] => {
    if (typeof p === "number") {
      const d = (g as number) + weightDecay * p;
      const v1 = momentum * (vel as number) + d;
      return [p - lr * v1, v1];
    }
    const outP: Value[] = [];
    const outV: Value[] = [];
    p.forEach((pi, i) => {
      const [a, b] = walk(pi, (g as Value[])[i], (vel as Value[])[i]);
      outP.push(a);
      outV.push(b);
    });
    return [outP as Tensor, outV as Tensor];
  };

  const [newParam, newVelocity] = walk(param, grad, velocity);
  return { param: newParam as Tensor, velocity: newVelocity as Tensor };
}
