// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

/** A nested array of numbers of any rank >= 1: a vector, a matrix, a stack of matrices... */
export type Tensor = number[] | Tensor[];

export interface AdamState {
  /** The weights after the step. */
  param: Tensor;
  /** The raw first moment beta1*m + (1 - beta1)*g (not bias-corrected). */
  m: Tensor;
  /** The raw second moment beta2*v + (1 - beta2)*g^2 (not bias-corrected). */
  v: Tensor;
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
