// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// x is (batch, d_in); matrices multiply row vectors: x @ w + bias.
export interface LoraParams {
  /** (d_in, d_out), frozen. */
  w: number[][];
  /** (d_out), frozen. */
  bias: number[];
  /** (d_in, r), trainable. */
  A: number[][];
  /** (r, d_out), trainable. */
  B: number[][];
}

export interface LoraOutput {
  /** (batch, d_out). */
  y: number[][];
  /** Number of trainable entries (A and B only). */
  trainableParams: number;
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
