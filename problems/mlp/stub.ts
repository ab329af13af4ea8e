// {{title}} · {{difficulty}}
// {{summary}}
//
// Statement: {{show}}      Hints: {{hints}}
// Test:      {{test}}
// Target:    {{time}} time, n = {{n}}
{{preamble}}
export interface MlpParams {
  /** W[i] has shape (in_i, out_i): layer i maps h to h @ W[i] + b[i]. */
  W: number[][][];
  /** b[i] has length out_i. */
  b: number[][];
}

export interface MlpStep {
  /** Mean squared error over all batch * out elements, before the update. */
  loss: number;
  /** dLoss/dW[i] and dLoss/db[i], same shapes as the parameters. */
  grads: MlpParams;
  /** The parameters after one SGD step p - lr * grad (new arrays; do not modify the input). */
  params: MlpParams;
}

export function {{signature}} {
  // Write your solution here.
  throw new Error("not implemented yet");
}
