// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

/** A nested array of any rank >= 1: number[] for one row, number[][] for (rows, d), number[][][] for (batch, seq, d)... */
export type Tensor = number[] | Tensor[];

export interface RmsNormResult {
  /** gain * x / rms(x), same shape as x. */
  out: Tensor;
  /** dLoss/dx, same shape as x. */
  dx: Tensor;
  /** dLoss/dgain, length d (summed over every row). */
  dgain: number[];
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
