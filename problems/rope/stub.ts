// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export interface RopeResult {
  q: number[][][]; // q rotated, same shape
  k: number[][][]; // k rotated, same shape
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
