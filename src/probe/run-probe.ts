// Probing a solution to a problem: the user's solution and the reference, timed side by side
// size by size in one run — so the report can give a ratio, which stays meaningful on a noisy
// machine even when absolute times do not — then judged (verdict.ts).
import type { ComplexityClass } from "../registry/complexity.js";
import type { Lang, Problem } from "../registry/load.js";
import { referenceClassesFor } from "../registry/schema.js";
import { formatCompileError } from "../runner/compile-ts.js";
import type { CaseRunner } from "../runner/message-runner.js";
import type { LanguageAdapter, OpenedRunner } from "../runner/types.js";
import { driveTimeProbe } from "./drive.js";
import type { ClassScore } from "./fit.js";
import { toProbeResult } from "./result.js";
import { DEFAULT_BUDGET_MS, KILL_AFTER_MS, probeInputs, probeRunnerRequest } from "./shared.js";
import { probeSpace, type SpaceReport } from "./space.js";
import { decideTime, type ProbeStatus } from "./verdict.js";
import { REFERENCE_SHARE } from "./plan.js";

export { DEFAULT_BUDGET_MS, KILL_AFTER_MS } from "./shared.js";
export type { ProbeStatus } from "./verdict.js";

export interface ProbeReport {
  /** passed, failed (on evidence), or inconclusive (too little evidence: see verdict and advice). */
  status: ProbeStatus;
  /** The class the evidence supports; null when inconclusive. */
  measured: ComplexityClass | null;
  target: ComplexityClass;
  /** False only when the probe failed: an inconclusive probe never fails a run. */
  ok: boolean;
  /** Passed only within one log factor. */
  tolerated: boolean;
  /** One line: the verdict in words. */
  verdict: string;
  /** What to do when inconclusive. */
  advice?: string;
  /** [n, seconds per call], ascending. */
  points: [number, number][];
  slope: number;
  alternatives: ClassScore[];
  nRange: [number, number] | null;
  /** What n is, and the shape of the inputs the probe times. */
  n: string;
  elapsedMs: number;
  reference: { measured: ComplexityClass | null; points: [number, number][] } | null;
  /**
   * The user's time over the reference's at the largest size both measured, and how that
   * ratio grows with n (slope of log ratio against log n: 0 for the same class, 1 for one
   * power of n more), over every shared size and over the upper half.
   */
  ratio: { n: number; value: number; growth: number; upperGrowth: number } | null;
  note?: string;
  /** The space probe, when asked for: its own verdict (`status` and `ok` above are the time's). */
  space?: SpaceReport | null;
}

export interface ProbeSolutionOptions {
  file: string;
  lang: Lang;
  adapter: LanguageAdapter;
  budgetMs?: number;
  seed?: number;
  /** Skip the reference (the registry self-check probes references alone). */
  withReference?: boolean;
  /** Measure the extra space too. */
  space?: boolean;
  /** Measure the reference's extra space beside it (for the chart; default true). */
  spaceReference?: boolean;
  /** Shown paths of the solution in compile errors. */
  shownAs?: string;
  onPoint?: (who: "solution" | "reference", n: number, seconds: number) => void;
  signal?: AbortSignal;
}

function emptyReport(problem: Problem, status: ProbeStatus, verdict: string, extra: Partial<ProbeReport> = {}): ProbeReport {
  return {
    status,
    measured: null,
    target: problem.meta.complexity.time,
    ok: status !== "failed",
    tolerated: false,
    verdict,
    points: [],
    slope: 0,
    alternatives: [],
    nRange: null,
    n: problem.meta.complexity.n,
    elapsedMs: 0,
    reference: null,
    ratio: null,
    ...extra,
  };
}

function describeOpenFailure(opened: Exclude<OpenedRunner, { kind: "ready" }>, shownAs: string): string {
  if (opened.kind === "compile-error") return formatCompileError(opened.error, shownAs).split("\n")[0];
  return opened.message;
}

export async function probeSolution(problem: Problem, options: ProbeSolutionOptions): Promise<ProbeReport> {
  const time = await probeTime(problem, options);
  if (!options.space || options.signal?.aborted) return time;
  const started = performance.now();
  const space = await probeSpace(problem, { ...options, reference: options.withReference === false ? "never" : options.spaceReference === false ? "when-needed" : "always" });
  return { ...time, space, elapsedMs: time.elapsedMs + (performance.now() - started) };
}

async function probeTime(problem: Problem, options: ProbeSolutionOptions): Promise<ProbeReport> {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const target = problem.meta.complexity.time;
  const started = performance.now();
  const generate = await probeInputs(problem);
  const mine = await options.adapter.openProbeRunner(probeRunnerRequest(problem, options.lang, options.file));
  if (mine.kind !== "ready") return emptyReport(problem, "failed", describeOpenFailure(mine, options.shownAs ?? options.file));
  const runners: { solution: CaseRunner; reference?: CaseRunner } = { solution: mine.runner };
  const referenceFile = problem.files.reference[options.lang];
  if (options.withReference !== false && referenceFile) {
    const theirs = await options.adapter.openProbeRunner(probeRunnerRequest(problem, options.lang, referenceFile));
    if (theirs.kind === "ready") runners.reference = theirs.runner;
  }
  const stop = () => void Promise.all(Object.values(runners).map((r) => r.terminate()));
  options.signal?.addEventListener("abort", stop);
  let drive;
  try {
    drive = await driveTimeProbe(runners, {
      generate,
      seed: options.seed ?? 1,
      budgetMs,
      minN: problem.meta.probe?.minN,
      maxN: problem.meta.probe?.maxN,
      deadline: Date.now() + budgetMs * (1 + REFERENCE_SHARE) + KILL_AFTER_MS,
      signal: options.signal,
      onPoint: options.onPoint,
    });
  } finally {
    options.signal?.removeEventListener("abort", stop);
    stop();
  }
  const elapsedMs = performance.now() - started;
  if (drive.error?.who === "solution") {
    return emptyReport(problem, "failed", `the function threw at n = ${drive.error.n.toLocaleString("en")}: ${drive.error.message}`, { elapsedMs });
  }
  const note = drive.plan.note ?? drive.stopped;
  const result = toProbeResult(drive.plan, elapsedMs);
  const referenceResult = drive.plan.reference && toProbeResult({ points: drive.plan.reference, reference: null, rounds: drive.plan.rounds }, elapsedMs);
  const verdict = decideTime({
    target,
    points: result.points,
    measured: result.measured,
    alternatives: result.alternatives,
    reference: drive.plan.reference,
    referenceMeasured: referenceResult?.measured ?? null,
    referenceDeclared: referenceClassesFor(problem.meta, options.lang)?.time ?? null,
    note,
  });
  return {
    status: verdict.status,
    measured: verdict.measured,
    target,
    ok: verdict.status !== "failed",
    tolerated: verdict.tolerated,
    verdict: verdict.message,
    ...(verdict.advice ? { advice: verdict.advice } : {}),
    points: result.points,
    slope: result.slope,
    alternatives: result.alternatives,
    nRange: result.points.length ? result.nRange : null,
    n: problem.meta.complexity.n,
    elapsedMs,
    reference: referenceResult && { measured: referenceResult.measured, points: referenceResult.points },
    ratio: verdict.ratio,
    ...(note ? { note } : {}),
  };
}
