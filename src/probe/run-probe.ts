// Probing a solution to a problem: the user's solution first, then the reference on the
// same sizes, in the same run — so the report can give a ratio, which stays meaningful on
// a noisy machine even when absolute times do not.
import type { ComplexityClass } from "../registry/complexity.js";
import type { Lang, Problem } from "../registry/load.js";
import { formatCompileError } from "../runner/compile-ts.js";
import type { LanguageAdapter, ProbeOutcome } from "../runner/types.js";
import { logLogSlope, type ClassScore } from "./fit.js";
import { judgeComplexity } from "./verdict.js";

export const DEFAULT_BUDGET_MS = 3000;
/** How long past its budget a probe may run before its runner is killed. */
export const KILL_AFTER_MS = 2000;

export interface ProbeReport {
  measured: ComplexityClass | null;
  target: ComplexityClass;
  ok: boolean;
  /** Passed only within one log factor. */
  tolerated: boolean;
  /** One line: the verdict in words. */
  verdict: string;
  /** [n, seconds per call], ascending. */
  points: [number, number][];
  slope: number;
  alternatives: ClassScore[];
  nRange: [number, number] | null;
  n: string;
  elapsedMs: number;
  reference: { measured: ComplexityClass | null; points: [number, number][] } | null;
  /**
   * The user's time over the reference's at the largest size both measured, and how that
   * ratio grows with n (slope of log ratio against log n: 0 for the same class, 1 for one
   * power of n more).
   */
  ratio: { n: number; value: number; growth: number } | null;
  note?: string;
}

export interface ProbeSolutionOptions {
  file: string;
  lang: Lang;
  adapter: LanguageAdapter;
  budgetMs?: number;
  seed?: number;
  /** Skip the reference (the registry self-check probes references alone). */
  withReference?: boolean;
  /** Shown paths of the solution in compile errors. */
  shownAs?: string;
  onPoint?: (who: "solution" | "reference", n: number, seconds: number) => void;
  signal?: AbortSignal;
}

/**
 * The log-factor tolerance lets a measured O(n log n) pass an O(n) target. That is fair when
 * the log factor is a cache effect, not when it is a slower term that has not yet taken over
 * (an O(n·k) scan with a tiny constant looks like O(n log n) at the sizes measured). The
 * ratio to the reference, measured side by side, tells them apart: cache effects hit both
 * solutions alike, a slower term makes the gap keep widening. (Only tolerated verdicts are
 * questioned: with an exact fit, a ratio that grows is usually overhead being amortised, as
 * with Python loops against numpy.)
 */
export const OUTGROWS_SLOPE = 0.3;
export const OUTGROWS_RATIO = 3;

function outgrowsReference(ratio: { value: number; growth: number }): boolean {
  return ratio.growth >= OUTGROWS_SLOPE && ratio.value >= OUTGROWS_RATIO;
}

function failedReport(problem: Problem, verdict: string, extra: Partial<ProbeReport> = {}): ProbeReport {
  return {
    measured: null,
    target: problem.meta.complexity.time,
    ok: false,
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

function describeFailure(outcome: Exclude<ProbeOutcome, { kind: "probed" }>, shownAs: string): string {
  switch (outcome.kind) {
    case "killed": {
      const top = outcome.points.reduce((m, [n]) => Math.max(m, n), 0);
      return top
        ? `too slow to probe: stopped after ${(outcome.limitMs / 1000).toFixed(1)} s at n = ${top.toLocaleString("en")}`
        : `too slow to probe: no size finished within ${(outcome.limitMs / 1000).toFixed(1)} s`;
    }
    case "compile-error":
      return formatCompileError(outcome.error, shownAs).split("\n")[0];
    default:
      return outcome.message;
  }
}

export async function probeSolution(problem: Problem, options: ProbeSolutionOptions): Promise<ProbeReport> {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const seed = options.seed ?? 1;
  const target = problem.meta.complexity.time;
  const common = {
    entry: problem.meta.entry[options.lang],
    leetcodeEntry: problem.meta.entry.ts,
    call: problem.call,
    generatorFile: problem.files.generator,
    killAfterMs: KILL_AFTER_MS,
    signal: options.signal,
  };
  const started = performance.now();
  const mine = await options.adapter.probe({
    ...common,
    solutionFile: options.file,
    options: { budgetMs, seed, minN: problem.meta.probe?.minN, maxN: problem.meta.probe?.maxN },
    onPoint: (n, s) => options.onPoint?.("solution", n, s),
  });
  if (mine.kind !== "probed") {
    const points = mine.kind === "killed" ? mine.points : [];
    return failedReport(problem, describeFailure(mine, options.shownAs ?? options.file), { points, elapsedMs: performance.now() - started });
  }
  const result = mine.result;
  const base = {
    points: result.points,
    slope: result.slope,
    alternatives: result.alternatives,
    nRange: result.points.length ? result.nRange : null,
    elapsedMs: result.elapsedMs,
    note: result.note,
  };
  if (!result.measured) return failedReport(problem, result.note ?? "could not measure enough sizes", base);

  let verdict = judgeComplexity(result.measured, target);
  let reference: ProbeReport["reference"] = null;
  let ratio: ProbeReport["ratio"] = null;
  const referenceFile = problem.files.reference[options.lang];
  if (options.withReference !== false && referenceFile) {
    const theirs = await options.adapter.probe({
      ...common,
      solutionFile: referenceFile,
      options: { budgetMs: budgetMs / 2, seed, sizes: result.points.map(([n]) => n) },
      onPoint: (n, s) => options.onPoint?.("reference", n, s),
    });
    if (theirs.kind === "probed") {
      reference = { measured: theirs.result.measured, points: theirs.result.points };
      const refAt = new Map(theirs.result.points);
      const shared = result.points.filter(([n]) => refAt.has(n)).map(([n, s]) => [n, s / refAt.get(n)!] as [number, number]);
      if (shared.length) {
        const [n, value] = shared[shared.length - 1];
        ratio = { n, value, growth: shared.length >= 4 ? logLogSlope(shared) : 0 };
      }
    }
  }
  if (verdict.tolerated && ratio && outgrowsReference(ratio)) {
    verdict = {
      ok: false,
      tolerated: false,
      message: `measured ${result.measured}, target ${target}, but it grows faster than the reference: ${ratio.value.toFixed(1)}× its time at n = ${ratio.n.toLocaleString("en")}, and the gap widens with n (a slower term that has not yet taken over at these sizes)`,
    };
  }
  return {
    measured: result.measured,
    target,
    ok: verdict.ok,
    tolerated: verdict.tolerated,
    verdict: verdict.message,
    n: problem.meta.complexity.n,
    reference,
    ratio,
    ...base,
    elapsedMs: performance.now() - started,
  };
}
