// Results are values: computed first, drawn afterwards by whichever reporter is active.
import type { Difference } from "../checker/types.js";
import type { ProbeReport } from "../probe/run-probe.js";
import type { Lang } from "../registry/problem.js";
import type { ThrownError } from "../runner/types.js";
import type { CaseLineError } from "../cases/own-cases.js";

export type CaseStatus = "passed" | "wrong-answer" | "timeout" | "runtime-error" | "invalid-output" | "skipped";

/** "own": a `@case` line in the solution file (shown as "your cases"). */
export type CaseGroup = "own" | "fixed" | "random";

export interface CaseResult {
  name: string;
  group: CaseGroup;
  status: CaseStatus;
  ms: number;
  args: unknown[];
  expected?: unknown;
  /** The case wants the solution to reject its input. */
  throws?: boolean;
  actual?: unknown;
  /** One line: what went wrong. */
  message?: string;
  /** Which mistake the case was written to catch. */
  why?: string;
  difference?: Difference;
  error?: ThrownError;
  /** Stack frames in the user's own file, for runtime errors. */
  stack?: string;
  output?: string;
  /** The generator's size for random cases. */
  n?: number;
  /** The line of a `@case` in the solution file. */
  line?: number;
}

export type { ProblemStatus } from "../store/history.js";
import type { ProblemStatus } from "../store/history.js";

export interface ProblemError {
  kind: "compile-error" | "load-error" | "unreadable" | "no-runtime" | "internal";
  message: string;
  /** Extra lines: the offending source line, a stack. */
  detail?: string;
}

export interface ProblemResult {
  slug: string;
  lang: Lang;
  status: ProblemStatus;
  /** The solution file as the user would type it (relative to the current folder when inside it). */
  file: string;
  cases: { total: number; passed: number; failed: number };
  /** Every case, in the order run. */
  caseResults: CaseResult[];
  /** The failures worth showing: every failed fixed case and the smallest failed random one. */
  failures: CaseResult[];
  /** Random inputs that failed beyond the one shown. */
  randomFailures: number;
  error?: ProblemError;
  /** What the solution printed while being imported. */
  loadOutput?: string;
  /** Something worth knowing about the run (cases left out for LeetCode-style code). */
  note?: string;
  /** `@case` lines in the file that drill could not use (they never stop the other cases). */
  caseLineErrors?: CaseLineError[];
  seed: number;
  durationMs: number;
  slowest?: { name: string; ms: number };
  /** The complexity probe, run when every case passed (unless turned off). */
  probe: ProbeReport | null;
  /** Reused from <workspace>/.drill/cache/: nothing it depends on changed since it ran. */
  cached?: boolean;
}

export function isFailure(c: CaseResult): boolean {
  return c.status !== "passed";
}
