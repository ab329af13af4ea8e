// What a watch session holds: the problems watched, their latest results and probes, what is
// running, and what the screen shows. The reducer (session.ts) changes it; keys and screens read it.
import type { Lang } from "../registry/problem.js";
import type { ProbeReport } from "../probe/run-probe.js";
import type { ProblemResult } from "../suite/results.js";

export interface WatchItem {
  slug: string;
  lang: Lang;
  title: string;
  /** The solution file as shown to the user. */
  file: string;
  /** How many hints the problem has. */
  hints: number;
  exists: boolean;
  /** The problem's argument names (for the debug command of a generated input). */
  argNames?: string[];
}

export interface RunningState {
  runId: number;
  key: string;
  phase: "cases" | "probe";
  done: number;
  total: number;
  probeN?: number;
  startedAt: number;
}

export interface LogEntry {
  id: number;
  at: number;
  slug: string;
  lang: Lang;
  status: ProblemResult["status"];
  passed: number;
  total: number;
  ms: number;
}

export interface WatchState {
  items: WatchItem[];
  current: number;
  results: Record<string, ProblemResult>;
  probes: Record<string, ProbeReport>;
  running?: RunningState;
  nextRunId: number;
  /** Items waiting for a run, oldest first. */
  dirty: string[];
  hintsShown: Record<string, number>;
  view: "main" | "list";
  /** The reference solution is shown (toggled with s once the problem passes). */
  showSolution: boolean;
  listCursor: number;
  /** Probe after the cases pass. */
  autoProbe: boolean;
  /** n and s work before a pass too (drill review, where leaving or peeking is graded). */
  canSkip: boolean;
  workspaceMissing: boolean;
  notice?: string;
  /** Why runs and hints are not being saved (a read-only workspace), shown until the session ends. */
  notSaved?: string;
  /** A line to show below the problem (the debug command from d). */
  info?: string;
  /** --workspace as given, repeated in commands shown to the user. */
  workspaceArg?: string;
  quitting: boolean;
  /** One line per finished run, for the scrollback. */
  log: LogEntry[];
  now: number;
}
