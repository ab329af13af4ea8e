// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

/** A nested array of numbers of any rank >= 1: a vector, a matrix, a stack of matrices... */
export type Tensor = number[] | Tensor[];

export interface SgdState {
  /** The weights after the step: param - lr * velocity'. */
  param: Tensor;
  /** The new velocity: momentum * velocity + grad + weightDecay * param (no lr inside). */
  velocity: Tensor;
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
