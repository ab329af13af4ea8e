// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

/** A nested array of numbers of any rank: a number, a vector, a matrix, ... (always rectangular). */
export type Tensor = number | Tensor[];

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
