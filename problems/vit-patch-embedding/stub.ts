// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

// image is (C, H, W): image[ch][y][x]. A flattened patch times w, plus b: vector @ w + b.
export interface PatchEmbedParams {
  /** (P·P·C, D) patch projection. */
  w: number[][];
  /** (D) projection bias. */
  b: number[];
  /** (D) class token. */
  cls: number[];
  /** (numPatches + 1, D) position embeddings; row 0 is the class token's. */
  pos: number[][];
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
