// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export interface BeamResult {
  tokens: number[]; // the generated tokens, without start, with eos if it ended there
  score: number; // the sum of their log-probabilities
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
