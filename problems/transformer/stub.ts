// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
// Test:      drill test {{slug}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// Row-vector products everywhere (x @ W + b). Block parameters are stacked over the layers:
// ewq[l] is encoder layer l's (D, D) query matrix, dgamma3[l] decoder layer l's third norm gain.
// Encoder (e…): ewq ewk ewv ewo ebq ebk ebv ebo, egamma1 ebeta1, ew1 eb1 ew2 eb2, egamma2 ebeta2.
// Decoder (d…): dwq1 … dbo1 (masked self-attention), dwq2 … dbo2 (cross-attention),
//               dgamma1..3 dbeta1..3, dw1 db1 dw2 db2.
// Shared: emb (V, D) token embeddings, wout (D, V) and bout (V) the output projection.
export type TransformerParams = Record<string, number[] | number[][] | number[][][]>;

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
