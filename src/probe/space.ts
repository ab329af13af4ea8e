// The space verdict: the measured extra space against the accepted target, and whether the
// better answer interviewers ask for next is met too.
import { complexityRank, type ComplexityClass } from "../registry/complexity.js";
import type { Lang, Problem } from "../registry/problem.js";
import { fullCollections } from "../runner/gc.js";
import type { LanguageAdapter } from "../runner/types.js";
import { KILL_AFTER_MS, probeInputs, probeLimits, probeRunnerRequest } from "./shared.js";
import { driveSpaceProbe } from "./drive.js";
import { leetcodeProbeGenerator } from "../registry/leetcode-bounds.js";
import { SPACE_NOISE_BYTES, SPACE_TABLE_GROWTH, SPACE_TRUST_FROM, type SpaceResult } from "./space-plan.js";
import { judgeComplexity, outgrowsReference, type ProbeStatus } from "./verdict.js";
import { logLogSlope } from "./fit.js";

export interface SpaceReport {
  /** passed, failed, or inconclusive (not measured: see verdict and advice). */
  status: ProbeStatus;
  /** What to do when inconclusive. */
  advice?: string;
  measured: ComplexityClass | null;
  /** The accepted extra space, or null when the problem declares none. */
  target: ComplexityClass | null;
  better: ComplexityClass | null;
  /** False only when the space probe failed. */
  ok: boolean;
  betterMet: boolean;
  verdict: string;
  /** [n, extra bytes beyond the input and the output]. */
  points: [number, number][];
  /** Whether the points are heap bytes or, when the heap stayed flat, the stack the call needed. */
  basis?: "heap" | "stack";
  reference: { measured: ComplexityClass | null; points: [number, number][] } | null;
  note?: string;
}

export const SPACE_BUDGET_MS = 3000;

/**
 * Measured ≤ accepted passes, and so does a class above it when the memory, where it is above
 * the noise, grows no faster than the accepted class's power of n: array growth steps read as
 * log factors, and a large constant part lets a steeper class fit a curve that is not steeper
 * (a grid of small arrays read as O(n^2) while growing as n^0.9). Beyond that, the
 * sizes a budget reaches may not be asymptotic yet: V8 moving big arrays into large-object
 * space, Python creating an int object for every value past 256, bend the curve there. So a
 * measurement above the target is checked against the reference's memory on the same sizes:
 * a solution that does not outgrow the reference passes (its curve bends like the accepted
 * one's), one that keeps pulling away fails. Without a reference to compare, it fails.
 */
export function judgeSpace(problem: Problem, result: SpaceResult, reference: SpaceResult | null, noiseBytes: number): SpaceReport {
  const target = problem.meta.complexity.spaceTarget ?? null;
  const better = problem.meta.complexity.spaceBetter ?? null;
  const base = { measured: result.measured, target, better, points: result.points, basis: result.basis, reference: reference && { measured: reference.measured, points: reference.points }, note: result.note };
  // A measurement that did not come off is reported as such, never as a pass or a failure.
  if (!result.measured) return { ...base, status: "inconclusive", ok: true, betterMet: false, verdict: `extra space not measured: ${result.note ?? "too few sizes"}`, advice: SPACE_ADVICE };
  if (!target) return { ...base, status: "passed", ok: true, betterMet: false, verdict: `extra space measured ${result.measured} (the problem sets no space target)` };
  const within = complexityRank(result.measured) <= complexityRank(target);
  const slope = within ? null : growthPower(result, noiseBytes);
  const growsAsTarget = slope !== null && POWER[target] !== undefined && slope <= POWER[target] + POWER_MARGIN;
  const logFactor = growsAsTarget && judgeComplexity(result.measured, target).tolerated;
  const ratio = !within && !growsAsTarget && reference ? spaceRatio(result, reference, noiseBytes) : null;
  const likeReference = ratio !== null && !outgrowsReference(ratio);
  const ok = within || growsAsTarget || likeReference;
  const betterMet = better !== null && complexityRank(result.measured) <= complexityRank(better);
  let message = `extra space measured ${result.measured}, accepted ${target}: `;
  if (within) message += "meets it";
  else if (logFactor) message += `within one log factor (it grows as n^${slope!.toFixed(2)} over the sizes measured: a log, not another power)`;
  else if (growsAsTarget) message += `accepted all the same: it grows as n^${slope!.toFixed(2)} over the sizes measured, no faster than ${target}`;
  else if (likeReference) message += `accepted all the same: at these sizes the reference's grows alike (${ratio!.value.toFixed(1)}× its memory at n = ${ratio!.n.toLocaleString("en")})`;
  else message += "more than accepted";
  if (better) message += betterMet ? `; the follow-up's ${better} is met too` : `; the follow-up asks for ${better}`;
  return { ...base, status: ok ? "passed" : "failed", ok, betterMet, verdict: message };
}

const SPACE_ADVICE = "a larger budget reaches larger sizes (--budget 10); memory below the noise at every size cannot be told apart";

/** The power of n each class grows as, where a log factor on top can be told from another power. */
const POWER: Partial<Record<ComplexityClass, number>> = { "O(n)": 1, "O(n^2)": 2, "O(n^3)": 3 };
/** n log n grows as n^1.05–1.1 over the sizes probed; a memo that adds a power grows much faster. */
const POWER_MARGIN = 0.2;

/**
 * The log-log slope of the memory over the sizes where it is above the noise. Two such sizes
 * are enough: the fit over them and the noisy ones below may name a steeper class (slow code,
 * such as an MLP in plain loops, reaches only a few sizes), and their slope gives the doubt to
 * the solution.
 */
function growthPower(result: SpaceResult, noiseBytes: number): number | null {
  if (result.basis !== "heap") return null;
  const above = result.points.filter(([, bytes]) => bytes >= noiseBytes);
  return above.length >= 2 ? logLogSlope(above) : null;
}

/** The solution's extra memory over the reference's, at the sizes where the solution's is above the noise. */
export function spaceRatio(mine: SpaceResult, reference: SpaceResult, noiseBytes: number): { n: number; value: number; growth: number } | null {
  if (mine.basis !== "heap") return null;
  // The reference's stack bytes are no heap reading: count it as within the noise.
  const theirs = new Map(reference.basis === "heap" ? reference.points : []);
  const shared = mine.points.filter(([n, bytes]) => bytes >= noiseBytes && (reference.basis !== "heap" || theirs.has(n))).map(([n, bytes]) => [n, bytes / Math.max(theirs.get(n) ?? 0, noiseBytes)] as [number, number]);
  if (shared.length < 3) return null;
  const [n, value] = shared[shared.length - 1];
  return { n, value, growth: logLogSlope(shared) };
}

export async function probeSpaceOf(
  problem: Problem,
  options: { file: string; lang: Lang; adapter: LanguageAdapter; seed?: number; budgetMs?: number; sizes?: number[]; signal?: AbortSignal; shownAs?: string },
): Promise<SpaceResult> {
  const budgetMs = options.budgetMs ?? SPACE_BUDGET_MS;
  const opened = await options.adapter.openProbeRunner(probeRunnerRequest(problem, options.lang, options.file, true));
  if (opened.kind !== "ready") return { measured: null, points: [], note: opened.kind === "compile-error" ? opened.error.message : opened.message };
  const given = await probeInputs(problem, options.lang);
  const generate = opened.leetcode ? leetcodeProbeGenerator(problem.call.leetcodeBounds, problem.call.argKinds, given) : given;
  const stop = () => void opened.runner.terminate();
  options.signal?.addEventListener("abort", stop);
  try {
    const { result } = await driveSpaceProbe(opened.runner, {
      generate,
      seed: options.seed ?? 1,
      budgetMs,
      ...probeLimits(problem, options.lang),
      sizes: options.sizes,
      noiseBytes: SPACE_NOISE_BYTES[options.lang],
      trustFrom: SPACE_TRUST_FROM[options.lang],
      tableGrowth: SPACE_TABLE_GROWTH[options.lang],
      deadline: Date.now() + budgetMs + KILL_AFTER_MS,
      signal: options.signal,
    });
    return hiddenBelow(problem, result);
  } finally {
    options.signal?.removeEventListener("abort", stop);
    stop();
    // A worker stopped in the middle of a sample leaves the process's collections all full ones.
    fullCollections(false);
  }
}

/** A class below what the problem's output can hide is no measurement (problem.json's probe.hiddenByOutput). */
export function hiddenBelow(problem: Problem, result: SpaceResult): SpaceResult {
  const hidden = problem.meta.probe?.hiddenByOutput;
  if (!hidden || !result.measured || complexityRank(result.measured) >= complexityRank(hidden.upTo)) return result;
  return { ...result, measured: null, note: `the readings say ${result.measured}, but on this problem memory up to ${hidden.upTo} can hide in the output: ${hidden.why}` };
}

export interface SpaceProbeOptions {
  file: string;
  lang: Lang;
  adapter: LanguageAdapter;
  seed?: number;
  budgetMs?: number;
  signal?: AbortSignal;
  /** Measure the reference on the same sizes: always (for the chart), only when the verdict needs it (the solution fails without it), or never. */
  reference: "always" | "when-needed" | "never";
}

/** The solution's extra space, judged; the reference's beside it as asked. */
export async function probeSpace(problem: Problem, options: SpaceProbeOptions): Promise<SpaceReport> {
  const noise = SPACE_NOISE_BYTES[options.lang];
  const mine = await probeSpaceOf(problem, options);
  const alone = judgeSpace(problem, mine, null, noise);
  const referenceFile = problem.files.reference[options.lang];
  const wanted = options.reference === "always" || (options.reference === "when-needed" && !alone.ok);
  if (!wanted || !referenceFile || !mine.points.length || options.signal?.aborted) return alone;
  const theirs = await probeSpaceOf(problem, { ...options, file: referenceFile, sizes: mine.points.map(([n]) => n) });
  return judgeSpace(problem, mine, theirs, noise);
}
