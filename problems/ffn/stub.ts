// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// Weights are used as row-vector products: h = x @ w1 + b1.
export interface FfnParams {
  w1: number[][]; // d_model × d_ff
  b1: number[]; // d_ff
  w2: number[][]; // d_ff × d_model
  b2: number[]; // d_model
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
