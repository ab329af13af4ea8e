// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export interface SampleResult {
  token: number; // the sampled token id
  candidates: number[]; // the token ids that survive top-k and top-p, most probable first
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
