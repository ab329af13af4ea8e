// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

/** A nested array of any rank >= 1: number[] for one vector, number[][] for (rows, d), number[][][] for (batch, seq, d)... */
export type Tensor = number[] | Tensor[];

export interface LayerNormResult {
  /** gamma * xhat + beta, same shape as x. */
  out: Tensor;
  /** dLoss/dx, same shape as x. */
  dx: Tensor;
  /** dLoss/dgamma, length d (summed over every row). */
  dgamma: number[];
  /** dLoss/dbeta, length d (summed over every row). */
  dbeta: number[];
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
