// A checker compares what a solution returned with what was expected.
// The difference is built here, once; every reporter shows the same one.

export interface Difference {
  /** Where the first difference is, e.g. "[2]" or "grads.W[0][1][2]"; "" for the whole value. */
  path: string;
  expected?: unknown;
  actual?: unknown;
  /** Shapes of the tensor that holds the difference, when it is one. */
  expectedShape?: number[];
  actualShape?: number[];
  /** Float comparisons: the worst errors over the whole value, and the tolerance used. */
  maxAbsError?: number;
  maxRelError?: number;
  tolerance?: { abs: number; rel: number };
}

export type CheckResult = { ok: true } | { ok: false; message: string; difference?: Difference };

export interface CheckInput {
  /** The case's arguments as given to the solution (before it ran). */
  args: readonly unknown[];
  expected: unknown;
  actual: unknown;
}

export interface Checker {
  check(input: CheckInput): CheckResult;
}

export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
