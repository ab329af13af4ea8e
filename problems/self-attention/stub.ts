// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// Weights are used as row-vector products: Q = x @ wq + bq.
export interface SelfAttnParams {
  wq: number[][]; // d_in × d_k
  bq: number[]; // d_k
  wk: number[][]; // d_in × d_k
  bk: number[]; // d_k
  wv: number[][]; // d_in × d_v
  bv: number[]; // d_v
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
