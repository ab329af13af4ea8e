// Probing a solution to a problem: the user's solution and the reference, timed side by side
// size by size in one run — so the report can give a ratio, which stays meaningful on a noisy
// machine even when absolute times do not — then judged (verdict.ts).
import { readFileSync } from "node:fs";
import type { ComplexityClass } from "../registry/complexity.js";
import type { Lang, Problem } from "../registry/problem.js";
import { referenceClassesFor } from "../registry/problem.js";
import { formatCompileError } from "../runner/compile-ts.js";
import type { CaseRunner } from "../runner/message-runner.js";
import type { LanguageAdapter, OpenedRunner } from "../runner/types.js";
import { driveTimeProbe } from "./drive.js";
import type { ClassScore } from "./fit.js";
import { toProbeResult } from "./result.js";
import { DEFAULT_BUDGET_MS, KILL_AFTER_MS, probeInputs, probeLimits, probeRunnerRequest } from "./shared.js";
import { probeSpace, type SpaceReport } from "./space.js";
import { decideTime, driftsFromReference, gapHeld, fitTooUneven, INCONCLUSIVE_ADVICE, notConfirmed, notRepeated, steepensPastClass, stillDrifting, unevenTwice, unsettled, type ProbeStatus, type TimeVerdict } from "./verdict.js";
import { leetcodeProbeGenerator, outsideLeetcodeAt } from "../registry/leetcode-bounds.js";
import { createRng, deriveSeed } from "../random/rng.js";
import { DEFAULT_MAX_N, PER_SIZE_SHARE, REFERENCE_SHARE } from "./plan.js";

/** A probe whose solution drifts from the reference at the top looks again this much further: budget and largest n. */
const LOOK_FURTHER_BUDGET = 3;
const LOOK_FURTHER_MAX_N = 4;
/**
 * …and when the cost of one call stopped it short of the problem's largest size, one call may
 * take this many times its usual share of the budget: reach is what it lacked (a slower term
 * that bends the top by n^0.2 at 36 ms a call leads plainly at 300 ms).
 */
const LOOK_FURTHER_CALL_SHARE = 3;
/**
 * The second measurement of a failure on the gap alone decides it: twice the budget, so on a
 * busy machine it reaches at least as far as the first did (slow code stops low, and a second
 * measurement that stops short of where the first pulled away says nothing either way).
 */
const CONFIRM_BUDGET = 2;

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
  ratio: { n: number; value: number; growth: number; upperGrowth: number; upperGrowthPastStep: number } | null;
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
  const seed = options.seed ?? 1;
  const started = performance.now();
  const mine = await options.adapter.openProbeRunner(probeRunnerRequest(problem, options.lang, options.file));
  if (mine.kind !== "ready") return emptyReport(problem, "failed", describeOpenFailure(mine, options.shownAs ?? options.file));
  // Code written LeetCode's way gets inputs of LeetCode's shape (values in its ranges); the
  // reference is timed on the same inputs.
  const given = await probeInputs(problem, options.lang);
  const limits = probeLimits(problem, options.lang);
  const generate = mine.leetcode ? leetcodeProbeGenerator(problem.call.leetcodeBounds, problem.call.argKinds, given) : given;
  const referenceFile = problem.files.reference[options.lang];
  const isReference = referenceFile !== undefined && sameText(options.file, referenceFile);
  const openReference = async () => {
    if (options.withReference === false || !referenceFile) return undefined;
    const theirs = await options.adapter.openProbeRunner(probeRunnerRequest(problem, options.lang, referenceFile));
    return theirs.kind === "ready" ? theirs.runner : undefined;
  };
  /** The largest n the problem's probe asks for. */
  const problemMaxN = limits.maxN ?? DEFAULT_MAX_N;
  const drive = async (solution: CaseRunner, maxN = limits.maxN, budget = budgetMs, perSizeShare?: number) => {
    const runners = { solution, reference: await openReference() };
    const stop = () => void Promise.all([runners.solution.terminate(), runners.reference?.terminate()]);
    options.signal?.addEventListener("abort", stop);
    try {
      return await driveTimeProbe(runners, {
        generate,
        seed,
        budgetMs: budget,
        minN: limits.minN,
        // Every generator makes inputs from n = 2 up (the registry's test checks it), unless the
        // problem sets a minN (and no floorN below it).
        floorN: limits.floorN ?? limits.minN ?? 2,
        maxN,
        perSizeShare,
        deadline: Date.now() + budget * (1 + REFERENCE_SHARE) + KILL_AFTER_MS,
        reopen: async (who) => {
          const file = who === "solution" ? options.file : referenceFile;
          const fresh = file ? await options.adapter.openProbeRunner(probeRunnerRequest(problem, options.lang, file)) : undefined;
          return fresh?.kind === "ready" ? fresh.runner : undefined;
        },
        signal: options.signal,
        onPoint: options.onPoint,
      });
    } finally {
      options.signal?.removeEventListener("abort", stop);
      stop();
    }
  };
  /** The solution on a fresh runner, measured again; undefined when it would not open. */
  const measureAgain = async (maxN?: number, budget?: number, perSizeShare?: number) => {
    const again = await options.adapter.openProbeRunner(probeRunnerRequest(problem, options.lang, options.file));
    return again.kind === "ready" ? drive(again.runner, maxN, budget, perSizeShare) : undefined;
  };
  let run = await drive(mine.runner);
  // LeetCode-style code that failed only past LeetCode's constraints (a recursion limit at a size
  // LeetCode never sends) is not at fault: it is measured again below that size.
  let outsideNote: string | undefined;
  const failed = run.error?.who === "solution" ? run.error : undefined;
  const outside = failed && mine.leetcode ? outsideLeetcodeAt(problem.call.leetcodeBounds, problem.call.argKinds, generate(failed.n, createRng(deriveSeed(seed, failed.n * 1031)))) : null;
  if (failed && outside) {
    outsideNote = `stopped below n = ${failed.n.toLocaleString("en")}, where it threw ${failed.message.split("\n")[0]}: ${outside}, not counted against it`;
    run = (await measureAgain(Math.max(1, Math.floor(failed.n / 2)))) ?? run;
  }
  const truth = referenceClassesFor(problem.meta, options.lang)?.time ?? null;
  /**
   * One measurement judged — and, when it passes while pulling away from the reference where the
   * budget ran out, or on a class its curve still steepens past, measured further before it
   * promises anything (a slower term with a small constant, or a leading term behind fixed
   * costs, shows only at large n).
   */
  const settle = async (measured: DriveResult): Promise<{ run: DriveResult; judged: Judged; lookedFurther?: string }> => {
    const judged = judge(problem, options.lang, measured, isReference);
    const first = judged.verdict;
    const points = judged.result.points;
    const stoppedShort = points.length > 0 && points[points.length - 1][0] < problemMaxN;
    const pulledAway = driftsFromReference(first, points, target, stoppedShort);
    if ((!pulledAway && !steepensPastClass(first, points, truth)) || options.signal?.aborted) return { run: measured, judged };
    const callShare = pulledAway && stoppedShort ? PER_SIZE_SHARE * LOOK_FURTHER_CALL_SHARE : undefined;
    const further = await measureAgain(problemMaxN * LOOK_FURTHER_MAX_N, budgetMs * LOOK_FURTHER_BUDGET, callShare);
    if (!further || further.error) return { run: measured, judged };
    const rejudged = judge(problem, options.lang, further, isReference);
    const lookedFurther = pulledAway
      ? `measured further after ${first.ratio!.value.toFixed(1)}× the reference's time at n = ${first.ratio!.n.toLocaleString("en")} with the gap widening`
      : `measured further after the fit said ${first.measured} with the curve still steepening`;
    if (driftsFromReference(rejudged.verdict, rejudged.result.points, target)) rejudged.verdict = stillDrifting(rejudged.verdict);
    // A curve bending from one class into the next fits neither well: no class, but no reason to doubt the first pass either.
    else if (steepensPastClass(rejudged.verdict, rejudged.result.points, truth) || (!pulledAway && rejudged.verdict.status === "inconclusive" && fitTooUneven(rejudged.result.alternatives))) {
      rejudged.verdict = unsettled(rejudged.verdict, rejudged.result.points, truth, first.measured);
    }
    return { run: further, judged: rejudged, lookedFurther };
  };
  let settled = await settle(run);
  let measuredAgain: string | undefined;
  if (settled.judged.verdict.uneven && !options.signal?.aborted) {
    // Times too uneven to name a class are most often a busy moment: one more measurement, on
    // twice the budget, and the verdict is its own unless its times are as uneven.
    const again = await measureAgain(undefined, budgetMs * CONFIRM_BUDGET);
    if (again && !again.error) {
      const second = await settle(again);
      if (second.judged.verdict.uneven) {
        const { judged } = settled;
        settled = { ...settled, judged: { ...judged, verdict: unevenTwice(judged.verdict, [judged.result.alternatives, second.judged.result.alternatives]) } };
      } else {
        settled = second;
        measuredAgain = "measured again after the times of a first measurement were too uneven to name a class";
      }
    }
  }
  run = settled.run;
  let { judged, lookedFurther } = settled;
  let confirmed: string | undefined;
  if (judged.verdict.status === "failed" && judged.verdict.gapAlone && !options.signal?.aborted) {
    // The gap to the reference is the only evidence against it: measure once more, judged the
    // same way (measured further if it, too, pulls away at the top), and fail only if that fails too.
    const again = await measureAgain(undefined, budgetMs * CONFIRM_BUDGET);
    if (again && !again.error) {
      const second = await settle(again);
      if (second.judged.verdict.status === "failed") confirmed = `the gap to the reference widened again in a second measurement${second.lookedFurther ? ` (${second.lookedFurther})` : ""}`;
      else if (gapHeld(judged.verdict, second.judged.verdict, second.judged.result.points)) {
        const r = second.judged.verdict.ratio!;
        const count = second.judged.result.points.length;
        confirmed = `a second measurement reached only ${count === 1 ? "one size" : `${count} sizes`}, up to n = ${r.n.toLocaleString("en")}, and there the gap was as wide or wider (${r.value.toFixed(1)}× the reference's time)`;
      } else if (second.judged.result.points.length === 0) {
        // A second measurement that timed no size neither repeats nor contradicts the first:
        // no promise either way, shown on the sizes the first one measured.
        judged = { ...judged, verdict: notConfirmed(judged.verdict, second.judged.verdict) };
      } else {
        judged = { ...second.judged, verdict: notRepeated(judged.verdict, second.judged.verdict) };
        run = second.run;
        if (second.lookedFurther) lookedFurther = [lookedFurther, `then ${second.lookedFurther}`].filter(Boolean).join("; ");
      }
    }
  }
  if (run.error?.who === "solution") {
    const elapsedMs = performance.now() - started;
    const message = `the function threw at n = ${run.error.n.toLocaleString("en")}: ${run.error.message}`;
    return outsideNote ? emptyReport(problem, "inconclusive", `not measured: ${outsideNote}`, { elapsedMs, note: outsideNote, advice: INCONCLUSIVE_ADVICE }) : emptyReport(problem, "failed", message, { elapsedMs });
  }
  const note = [outsideNote, measuredAgain, lookedFurther, confirmed, run.plan.note ?? run.stopped].filter(Boolean).join("; ") || undefined;
  const { result, referenceResult, verdict } = judged;
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
    elapsedMs: performance.now() - started,
    reference: referenceResult && { measured: referenceResult.measured, points: referenceResult.points },
    ratio: verdict.ratio,
    ...(note ? { note } : {}),
  };
}

function sameText(a: string, b: string): boolean {
  try {
    return readFileSync(a, "utf8").trim() === readFileSync(b, "utf8").trim();
  } catch {
    return false;
  }
}

/** The measurements of one drive, fitted, and the verdict on them. */
type DriveResult = Awaited<ReturnType<typeof driveTimeProbe>>;
interface Judged {
  result: ReturnType<typeof toProbeResult>;
  referenceResult: ReturnType<typeof toProbeResult> | null;
  verdict: TimeVerdict;
}

function judge(problem: Problem, lang: Lang, run: DriveResult, referenceIsSelf: boolean): Judged {
  const result = toProbeResult(run.plan, run.elapsedMs);
  const referenceResult = run.plan.reference && toProbeResult({ points: run.plan.reference, reference: null, rounds: run.plan.rounds }, run.elapsedMs);
  const verdict = decideTime({
    target: problem.meta.complexity.time,
    points: result.points,
    measured: result.measured,
    alternatives: result.alternatives,
    reference: run.plan.reference,
    referenceMeasured: referenceResult?.measured ?? null,
    referenceDeclared: referenceClassesFor(problem.meta, lang)?.time ?? null,
    note: run.plan.note ?? run.stopped,
    referenceIsSelf,
  });
  return { result, referenceResult, verdict };
}
