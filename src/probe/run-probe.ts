// Probing a solution to a problem: the user's solution first, then the reference on the
// same sizes, in the same run — so the report can give a ratio, which stays meaningful on
// a noisy machine even when absolute times do not.
import type { ComplexityClass } from "../registry/complexity.js";
import type { Lang, Problem } from "../registry/load.js";
import { formatCompileError } from "../runner/compile-ts.js";
import type { LanguageAdapter, ProbeOutcome } from "../runner/types.js";
import { logLogSlope, type ClassScore } from "./fit.js";
import { judgeComplexity, outgrowsReference } from "./verdict.js";
import { DEFAULT_BUDGET_MS, probeRequestBase } from "./shared.js";
import { probeSpace, type SpaceReport } from "./space.js";

export { DEFAULT_BUDGET_MS, KILL_AFTER_MS } from "./shared.js";

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
  /** The space probe, when asked for: its own verdict (`ok` above is the time's). */
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
  const time = await probeTime(problem, options);
  if (!options.space || options.signal?.aborted) return time;
  const started = performance.now();
  const space = await probeSpace(problem, { ...options, reference: options.withReference === false ? "never" : options.spaceReference === false ? "when-needed" : "always" });
  return { ...time, space, elapsedMs: time.elapsedMs + (performance.now() - started) };
}

async function probeTime(problem: Problem, options: ProbeSolutionOptions): Promise<ProbeReport> {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const seed = options.seed ?? 1;
  const target = problem.meta.complexity.time;
  const common = probeRequestBase(problem, options.lang, options.signal);
  const started = performance.now();
  const probeMine = (maxN?: number) =>
    options.adapter.probe({
      ...common,
      solutionFile: options.file,
      options: { budgetMs, seed, minN: problem.meta.probe?.minN, maxN: maxN ?? problem.meta.probe?.maxN },
      onPoint: (n, s) => options.onPoint?.("solution", n, s),
    });
  let mine = await probeMine();
  // LeetCode-style code that failed only past LeetCode's constraints (a recursion limit at a size
  // LeetCode never sends) is not at fault: measure it again below that size.
  let outsideNote: string | undefined;
  const failedOutside = mine.kind === "probed" ? mine.result.error : undefined;
  if (failedOutside?.outsideLeetcode) {
    outsideNote = `stopped below n = ${failedOutside.n.toLocaleString("en")}, where it threw ${failedOutside.message.split("\n")[0]}: ${failedOutside.outsideLeetcode}, not counted against it`;
    const again = await probeMine(Math.max(1, Math.floor(failedOutside.n / 2)));
    if (again.kind === "probed" && again.result.measured) mine = again;
    else return { ...failedReport(problem, `not measured: it threw at n = ${failedOutside.n.toLocaleString("en")}, ${failedOutside.outsideLeetcode}`), ok: true, note: outsideNote };
  }
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
    note: [outsideNote, result.note].filter(Boolean).join("; ") || undefined,
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
