// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// Row-vector products everywhere (x @ W + b). Block parameters are stacked over the L layers:
// wq[l] is layer l's (D, D) query matrix, ln1g[l] its first LayerNorm gain, and so on.
export interface VitParams {
  w: number[][]; b: number[]; // (P·P·C, D), (D): patch projection
  cls: number[]; pos: number[][]; // (D), (numPatches + 1, D)
  ln1g: number[][]; ln1b: number[][]; // (L, D)
  wq: number[][][]; wk: number[][][]; wv: number[][][]; wo: number[][][]; // (L, D, D)
  bq: number[][]; bk: number[][]; bv: number[][]; bo: number[][]; // (L, D)
  ln2g: number[][]; ln2b: number[][]; // (L, D)
  w1: number[][][]; b1: number[][]; w2: number[][][]; b2: number[][]; // (L, D, F), (L, F), (L, F, D), (L, D)
  lnfg: number[]; lnfb: number[]; // (D): final LayerNorm
  wh: number[][]; bh: number[]; // (D, K), (K): classification head
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
