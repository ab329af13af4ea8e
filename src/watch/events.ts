// Everything that can happen in a watch session, as one event type: file saves, key
// presses, timer ticks and what the runs report. The reducer (session.ts) sees only these.
import type { Lang } from "../registry/problem.js";
import type { ProbeReport } from "../probe/run-probe.js";
import type { ProblemResult } from "../suite/results.js";
import type { WatchItem } from "./state.js";

export type WatchEvent =
  /** A solution file was saved (its content changed), created, or deleted; a new one joins the session. */
  | { type: "file-changed"; item: WatchItem }
  | { type: "key"; input: string; ctrl?: boolean; escape?: boolean; upArrow?: boolean; downArrow?: boolean; return?: boolean }
  | { type: "tick"; now: number }
  | { type: "case-progress"; runId: number; done: number; total: number }
  | { type: "run-finished"; runId: number; result: ProblemResult }
  | { type: "probe-point"; runId: number; n: number }
  | { type: "probe-finished"; runId: number; report: ProbeReport }
  /** The run could not be carried out (drill's own failure, shown as a notice). */
  | { type: "run-failed"; runId: number; message: string }
  /** Something to tell the user (the editor could not start). */
  | { type: "notice"; message: string }
  | { type: "workspace-missing" }
  /** drill could not write to the workspace (read-only): runs go on, unrecorded. */
  | { type: "not-saved"; message: string }
  | { type: "workspace-back" };

/** What the reducer asks the controller to do. */
export type WatchEffect =
  | { type: "run"; runId: number; slug: string; lang: Lang; probe: boolean }
  | { type: "probe"; runId: number; slug: string; lang: Lang }
  | { type: "cancel"; runId: number }
  /** Open the solution in $VISUAL / $EDITOR. */
  | { type: "edit"; slug: string; lang: Lang }
  /** Keep the hint counts shown (drill watch keeps them in the workspace's state). */
  | { type: "save-hints"; hints: Record<string, number> }
  | { type: "quit" };
