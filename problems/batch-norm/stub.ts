// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export interface BatchNormResult {
  out: number[][]; // (N, C)
  dx: number[][]; // (N, C)
  dgamma: number[]; // C
  dbeta: number[]; // C
  mean: number[]; // the running mean after this call, C
  var: number[]; // the running variance after this call, C
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
