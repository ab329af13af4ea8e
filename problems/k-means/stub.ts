// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
// Space:     {{space}}

export interface KMeansResult {
  /** For every point, the index of its nearest returned centroid (lowest index on ties). */
  assignments: number[];
  /** The centroids after the last update, shape (k, d). */
  centroids: number[][];
  /** Sum of squared distances from every point to its assigned centroid. */
  inertia: number;
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
