// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

/** A nested array of numbers of any rank: a number, a vector, a matrix, ... (always rectangular). */
export type Tensor = number | Tensor[];

// out: the layer's output; grad: d loss / d x given gradOut = d loss / d out. Both have the shape of x.
export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
