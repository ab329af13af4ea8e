// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export interface Conv2dResult {
  out: number[][][][]; // (N, C_out, H_out, W_out)
  dx: number[][][][]; // (N, C_in, H, W)
  dw: number[][][][]; // (C_out, C_in, KH, KW)
  db: number[]; // C_out
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
