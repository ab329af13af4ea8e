// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export interface LogisticResult {
  w: number[]; // weights after the last step
  b: number; // bias after the last step
  losses: number[]; // losses[t] = mean cross-entropy before step t
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
