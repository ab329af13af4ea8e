// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// Every weight is used as a row-vector product: x @ W + b. Suffix 1 = masked self-attention,
// suffix 2 = cross-attention; gamma1..3 / beta1..3 = the three LayerNorms; w1, b1, w2, b2 = the FFN.
export interface DecoderParams {
  wq1: number[][]; wk1: number[][]; wv1: number[][]; wo1: number[][]; // d_model × d_model
  bq1: number[]; bk1: number[]; bv1: number[]; bo1: number[];
  wq2: number[][]; wk2: number[][]; wv2: number[][]; wo2: number[][];
  bq2: number[]; bk2: number[]; bv2: number[]; bo2: number[];
  gamma1: number[]; beta1: number[];
  gamma2: number[]; beta2: number[];
  gamma3: number[]; beta3: number[];
  w1: number[][]; b1: number[]; // d_model × d_ff, d_ff
  w2: number[][]; b2: number[]; // d_ff × d_model, d_model
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
