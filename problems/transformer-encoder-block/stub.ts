// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// Weights are used as row-vector products: x @ W + b. LayerNorm eps is 1e-5.
export interface EncoderParams {
  // multi-head self-attention: each d_model × d_model, biases of length d_model
  wq: number[][];
  wk: number[][];
  wv: number[][];
  wo: number[][];
  bq: number[];
  bk: number[];
  bv: number[];
  bo: number[];
  // LayerNorm after the attention sublayer (length d_model)
  gamma1: number[];
  beta1: number[];
  // feed-forward network: w1 is d_model × d_ff, b1 has length d_ff, w2 is d_ff × d_model, b2 has length d_model
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
  // LayerNorm after the feed-forward sublayer (length d_model)
  gamma2: number[];
  beta2: number[];
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
