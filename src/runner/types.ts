// What a language adapter is asked to do, and what it reports back. Outcomes are raw
// (returned / threw / timed out); judging them against expected values is the suite's job.
import type { Lang } from "../registry/problem.js";
import type { CallSpec } from "./call.js";
import type { CompileError } from "./compile-ts.js";
import type { CaseRunner } from "./message-runner.js";
import type { ThrownError } from "./protocol/schema.js";

export type { ThrownError };

export interface RunCase {
  id: number;
  args: unknown[];
}

export interface RunLimits {
  /** Time limit for one call of the entry function. */
  caseMs: number;
  /** Time limit for the whole run; cases left when it passes are skipped. */
  runMs: number;
}

export interface RunRequest {
  solutionFile: string;
  entry: string;
  /** The entry's name on LeetCode, for code pasted from there. */
  leetcodeEntry?: string;
  call: CallSpec;
  cases: RunCase[];
  /** Cases left out for code written LeetCode's way: invalid input, input outside LeetCode's constraints. */
  drillOnlyCases?: ReadonlySet<number>;
  /** Cases run only for code written LeetCode's way (cross-check inputs drawn inside LeetCode's constraints). */
  leetcodeOnlyCases?: ReadonlySet<number>;
  limits: RunLimits;
  /** Called as each case finishes (live progress). */
  onCase?: (outcome: CaseOutcome) => void;
  /** Stop after the first case this says failed; the cases left are reported as skipped. */
  stopAfter?: (outcome: CaseOutcome) => boolean;
  /** Aborting stops the run; its outcome is then "cancelled". */
  signal?: AbortSignal;
}

interface CaseBase {
  id: number;
  ms: number;
  /** What the solution printed during this case, cut short. */
  output: string;
}

export type CaseOutcome =
  | (CaseBase & { status: "returned"; value: unknown })
  | (CaseBase & { status: "threw"; error: ThrownError })
  | (CaseBase & { status: "timeout"; limitMs: number })
  /** The solution took its runner down: out of memory, an uncaught async error, a hard exit. */
  | (CaseBase & { status: "crashed"; message: string })
  | (CaseBase & { status: "unsendable"; message: string })
  | (CaseBase & { status: "skipped"; reason: string });

export type RunOutcome =
  | { kind: "compile-error"; error: CompileError }
  | { kind: "load-error"; message: string; error?: ThrownError; output: string }
  | { kind: "unreadable"; message: string }
  | { kind: "cancelled" }
  /** leetcode: the code is written LeetCode's way; the cases for it were run (see drillOnlyCases). */
  | { kind: "ran"; cases: CaseOutcome[]; loadOutput: string; leetcode?: boolean };

export interface ProbeRunnerRequest {
  solutionFile: string;
  entry: string;
  leetcodeEntry?: string;
  call: CallSpec;
  /** A runner set up for memory readings (TypeScript: a worker with a small young generation). */
  forSpace?: boolean;
}

/** A runner with the solution loaded, ready for probe requests; the caller terminates it. */
export type OpenedRunner =
  | { kind: "ready"; runner: CaseRunner; leetcode: boolean }
  | Extract<RunOutcome, { kind: "compile-error" | "load-error" | "unreadable" }>;

export interface LanguageAdapter {
  readonly lang: Lang;
  run(request: RunRequest): Promise<RunOutcome>;
  /** A fresh runner with the solution loaded, for drill's probe loop to send measuring requests to. */
  openProbeRunner(request: ProbeRunnerRequest): Promise<OpenedRunner>;
  /** Stops any process or thread kept warm for the next run. */
  dispose(): Promise<void>;
}
