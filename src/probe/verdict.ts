// From measurements to a verdict. A verdict is a promise: code passes when what was measured
// meets the target, fails only on evidence — a class above the target fitted well on enough
// sizes and not contradicted by the reference timed beside it, or a time that keeps pulling
// away from the reference's — and is `inconclusive` (with what to do) when the evidence is not
// there: too few sizes, a fit too poor to name a class, a measurement the reference contradicts.
import { complexityRank, type ComplexityClass, type ProbeStatus } from "../registry/complexity.js";
import { fitComplexity, logLogSlope, type ClassScore } from "./fit.js";

export type { ProbeStatus };

const ONE_LOG_FACTOR_ABOVE: Partial<Record<ComplexityClass, ComplexityClass>> = {
  "O(1)": "O(log n)",
  "O(n)": "O(n log n)",
  "O(n^2)": "O(n^2 log n)",
};

/** measured equals expected, or they differ by exactly one log factor (either way). */
export function withinLogFactor(measured: ComplexityClass, expected: ComplexityClass): boolean {
  return measured === expected || ONE_LOG_FACTOR_ABOVE[expected] === measured || ONE_LOG_FACTOR_ABOVE[measured] === expected;
}

export interface Verdict {
  ok: boolean;
  /** Passed only thanks to the log-factor tolerance. */
  tolerated: boolean;
  message: string;
}

export function judgeComplexity(measured: ComplexityClass, target: ComplexityClass): Verdict {
  if (complexityRank(measured) <= complexityRank(target)) {
    return { ok: true, tolerated: false, message: `measured ${measured}, target ${target}: meets the target` };
  }
  if (ONE_LOG_FACTOR_ABOVE[target] === measured) {
    return {
      ok: true,
      tolerated: true,
      message: `measured ${measured}, target ${target}: within one log factor, which timing cannot separate reliably (cache effects look like log factors)`,
    };
  }
  return { ok: false, tolerated: false, message: `measured ${measured}, target ${target}: slower than the target` };
}

/**
 * A time ratio to the reference is evidence of a slower term when it is large and keeps
 * widening with n: cache effects and busy moments hit both solutions alike, a slower term makes
 * the gap grow. The space verdict uses the same rule on bytes.
 */
export const OUTGROWS_SLOPE = 0.3;
export const OUTGROWS_RATIO = 3;

export function outgrowsReference(ratio: { value: number; growth: number }): boolean {
  return ratio.growth >= OUTGROWS_SLOPE && ratio.value >= OUTGROWS_RATIO;
}

/** The power of n each class grows as over the sizes probed (log factors add about 0.1). */
export const CLASS_POWER: Record<ComplexityClass, number> = {
  "O(1)": 0,
  "O(log n)": 0.1,
  "O(n)": 1,
  "O(n log n)": 1.1,
  "O(n^2)": 2,
  "O(n^2 log n)": 2.1,
  "O(n^3)": 3,
  "O(2^n)": Infinity,
};

/**
 * How fast the time ratio to the reference must still be growing over the upper half of the
 * sizes (as a power of n) to count as a slower term: a hash table sliding out of the caches
 * widens the gap too, by up to about n^0.4 while it does.
 */
export const PULLS_AWAY_SLOPE = 0.5;

/** Fewest sizes, and the smallest spread of n (largest over smallest), that can name a class. */
export const MIN_SIZES = 6;
export const MIN_SPREAD = 8;
/** Sizes up to here are measured one by one (exponential code): their spread is small by nature. */
const SMALL_TOP = 48;
/** A fit whose best class is off by more than this (RMS relative error) names no class. */
export const MAX_FIT_ERROR = 0.25;

/** The best class's fit is off by more than MAX_FIT_ERROR: the times are too uneven to name one. */
export function fitTooUneven(alternatives: ClassScore[]): boolean {
  return (alternatives[0]?.score ?? 0) > MAX_FIT_ERROR;
}
/** A ratio to the reference that grows slower than this power of n is steady. */
const STEADY_SLOPE = 0.2;
/** How far above the target's power the solution's own curve must climb for the ratio rule to fail it. */
const STEEPER_BY = 0.25;

export interface Evidence {
  target: ComplexityClass;
  /** The solution's measurements: [n, seconds], ascending, and the fit. */
  points: [number, number][];
  measured: ComplexityClass | null;
  alternatives: ClassScore[];
  /** The reference's, timed beside it (null when it was not timed), its fit, and its true class (problem.json). */
  reference: [number, number][] | null;
  referenceMeasured?: ComplexityClass | null;
  referenceDeclared?: ComplexityClass | null;
  /** Why the plan stopped early, if it did. */
  note?: string;
  /** The solution is the reference itself (its ratio to the reference says nothing). */
  referenceIsSelf?: boolean;
}

export interface TimeVerdict {
  status: ProbeStatus;
  /** The class the evidence supports (null when the sizes reached cannot name one). */
  measured: ComplexityClass | null;
  tolerated: boolean;
  message: string;
  /** What to do when inconclusive. */
  advice?: string;
  /**
   * growth: the slope of log(ratio) against log(n) over every shared size; upperGrowth: over the
   * upper half; upperGrowthPastStep: the same with one sustained jump taken out (see withoutStep).
   */
  ratio: { n: number; value: number; growth: number; upperGrowth: number; upperGrowthPastStep: number } | null;
  /** Failed on the widening gap to the reference alone: the solution's own fit is not above the target (or names no class). */
  gapAlone?: boolean;
  /** Inconclusive only because no class fit the times closely enough (a busy moment, most often): worth measuring again. */
  uneven?: boolean;
}

export const INCONCLUSIVE_ADVICE = "run it again with a larger budget (--budget 10), on a quieter machine if you can";

/**
 * Fewest shared sizes whose upper half (four sizes, a doubling of n on the √2 grid) can show a
 * gap still widening: slow code measured on few sizes is what most needs it.
 */
const UPPER_FROM = 7;

/** [n, the solution's time over the reference's] at the sizes both reached. */
function timeRatios(points: [number, number][], reference: [number, number][] | null): [number, number][] {
  const theirs = new Map(reference ?? []);
  return points.filter(([n]) => theirs.has(n)).map(([n, s]) => [n, s / theirs.get(n)!] as [number, number]);
}

/** The solution's time over the reference's at the sizes both reached, and how it grows with n. */
export function timeRatio(points: [number, number][], reference: [number, number][] | null): TimeVerdict["ratio"] {
  if (!reference) return null;
  const shared = timeRatios(points, reference);
  if (!shared.length) return null;
  const [n, value] = shared[shared.length - 1];
  const upper = (ratios: [number, number][]) => (ratios.length >= UPPER_FROM ? logLogSlope(ratios.slice(ratios.length >> 1)) : 0);
  return { n, value, growth: shared.length >= 4 ? logLogSlope(shared) : 0, upperGrowth: upper(shared), upperGrowthPastStep: upper(withoutStep(shared)) };
}

/**
 * A gap that jumps by more than STEP_JUMP between neighbouring sizes of the √2 grid (a power of
 * n above 2.5) and stays up is no slower term: it is a table falling out of the caches, the
 * collector starting to move it, or V8 changing how it keeps a table's rows (a full table of
 * `boolean[]` rows: 2.5×). The largest such jump is taken out (later ratios divided by
 * it), so only growth on both sides of it counts as widening. This only ever spares code from
 * failing: a pass on a steady ratio is judged on the ratios as measured, since on a busy
 * machine noise makes jumps too. Consecutive small sizes (exponential code) are left as measured.
 */
export const STEP_JUMP = 2.4;
/**
 * …and no more than this: falling out of a cache costs a few times more per access, not tens
 * of times. A larger jump is the code changing regime (V8 moving every element on each
 * `shift()` once an array lives in large-object space) and counts as widening.
 */
export const STEP_JUMP_MAX = 10;
/** A jump is sustained when the next size keeps at least this share of it. */
const STEP_HOLDS = 2 / 3;
const GRID_STEP = 1.3;
/**
 * A step may also rise over two neighbouring intervals, n doubling at most (V8 changing how it
 * keeps a full table's rows takes effect over a stretch of sizes, and a busy machine can stop
 * the measurement halfway up it), rising at each, when the gap held level over the LEVEL_SIZES
 * sizes before it (all within LEVEL_WITHIN of each other). A slower term cannot: a gap of
 * 1 + c·n^p that held within 1.2× over those sizes grows at most 2.2× over the next doubling of
 * n for p up to 3 (n^4 against n), not STEP_JUMP.
 */
const SPREAD_STEP_SPAN = 2.05;
const LEVEL_SIZES = 4;
const LEVEL_WITHIN = 1.2;

function heldLevelUpTo(ratios: [number, number][], end: number): boolean {
  const level = ratios.slice(Math.max(0, end + 1 - LEVEL_SIZES), end + 1).map(([, r]) => r);
  return level.length === LEVEL_SIZES && Math.max(...level) <= LEVEL_WITHIN * Math.min(...level);
}

function withoutStep(ratios: [number, number][]): [number, number][] {
  let step: { at: number; from: number; jump: number } | null = null;
  for (let i = 1; i < ratios.length; i++) {
    const [n, r] = ratios[i];
    const next = ratios[i + 1];
    if (n / ratios[i - 1][0] < GRID_STEP || (next && next[1] < r * STEP_HOLDS)) continue;
    for (let start = i - 1; start >= Math.max(0, i - 2); start--) {
      // A step rises above the level before it: a jump back up from one size timed too fast (or
      // whose reference was caught by a busy moment) is no step.
      const before = Math.max(ratios[start][1], ratios[start - 1]?.[1] ?? 0);
      const jump = r / before;
      const spread = start < i - 1;
      const middle = ratios[i - 1][1];
      const risesThrough = !spread || (n / ratios[start][0] <= SPREAD_STEP_SPAN && heldLevelUpTo(ratios, start) && before < middle && middle < r);
      if (jump < (step?.jump ?? STEP_JUMP) || !risesThrough) continue;
      // Code that changed regime widens the gap by itself: no smaller jump beside it is taken out
      // (on a busy machine one size timed too fast makes one).
      if (jump > STEP_JUMP_MAX) return ratios;
      step = { at: i, from: start + 1, jump };
    }
  }
  if (!step) return ratios;
  const { at, from, jump } = step;
  // The sizes inside a spread step belong to neither level: they are left out.
  return ratios.filter((_, i) => i < from || i >= at).map(([n, r], i) => [n, i >= from ? r / jump : r] as [number, number]);
}

/** A stair: a level of LEVEL_SIZES sizes within STAIR_LEVEL_WITHIN, at least STAIR_RISE above every size below it… */
const STAIR_LEVEL_WITHIN = 1.25;
const STAIR_RISE = 1.5;
/** …with at most this many sizes above it, the top again STAIR_RISE (and at most STEP_JUMP_MAX) above the level. */
const STAIR_SIZES_ABOVE = 4;

/**
 * The gap rose, held level, and rose again over the last few sizes: the stairs memory climbs as
 * a table outgrows each cache in turn (lcs's memoised recursion keeps n² entries in a Map: 8×
 * the reference's time while they fit the first cache, 17–21× from n = 168 to 475, 45× at
 * n = 1,344 with 50 MB of entries). A slower term widens the gap ever faster and never holds it
 * once it widened, so the rise at the top is no evidence until more sizes above the level show
 * whether it holds again. Returns the level, or null.
 */
function steppedGap(ratios: [number, number][]): [number, number][] | null {
  const top = ratios[ratios.length - 1]?.[1] ?? 0;
  for (let end = Math.max(LEVEL_SIZES, ratios.length - 1 - STAIR_SIZES_ABOVE); end < ratios.length - 1; end++) {
    const level = ratios.slice(end + 1 - LEVEL_SIZES, end + 1);
    const low = Math.min(...level.map(([, r]) => r));
    const high = Math.max(...level.map(([, r]) => r));
    const below = Math.min(...ratios.slice(0, end + 1 - LEVEL_SIZES).map(([, r]) => r));
    // Beyond STEP_JUMP_MAX above the level the code changed regime: no cache costs that much more.
    if (high <= STAIR_LEVEL_WITHIN * low && low >= STAIR_RISE * below && top >= STAIR_RISE * high && top <= STEP_JUMP_MAX * high) return level;
  }
  return null;
}

function spreadOf(points: [number, number][]): { count: number; lo: number; hi: number } {
  return { count: points.length, lo: points[0]?.[0] ?? 0, hi: points[points.length - 1]?.[0] ?? 0 };
}

/**
 * Whether the points can name a class at all: enough sizes, spread wide enough — except for
 * exponential growth, which the plan measures on consecutive small n.
 */
export function enoughSizes(points: [number, number][], measured: ComplexityClass | null): boolean {
  const { count, lo, hi } = spreadOf(points);
  return count >= MIN_SIZES && (hi >= lo * MIN_SPREAD || (measured === "O(2^n)" && hi <= SMALL_TOP));
}

const fmt = (n: number) => n.toLocaleString("en");

export function decideTime(evidence: Evidence): TimeVerdict {
  const { target, points } = evidence;
  const ratio = timeRatio(points, evidence.reference);
  const inconclusive = (message: string): TimeVerdict => ({ status: "inconclusive", measured: null, tolerated: false, message, advice: INCONCLUSIVE_ADVICE, ratio });
  const named = evidence.measured !== null && enoughSizes(points, evidence.measured) && !fitTooUneven(evidence.alternatives);
  const range = points.length ? `n = ${fmt(points[0][0])}…${fmt(points[points.length - 1][0])}` : "";

  // Pulling away from the reference is evidence on its own, however noisy each curve is: a
  // hash table outgrowing the caches widens the gap over a stretch of sizes and then holds it;
  // a slower term keeps widening, and the solution's own curve climbs past the target's power.
  const shared = evidence.reference ? points.filter(([n]) => evidence.reference!.some(([m]) => m === n)) : [];
  // Exponential code is measured on consecutive small sizes, whose spread is small by nature.
  const sizesEnough = enoughSizes(shared, null) || (exponentialLooking(points) && enoughSizes(shared, "O(2^n)"));
  const pullsAway = ratio !== null && sizesEnough && ratio.value >= OUTGROWS_RATIO && ratio.upperGrowthPastStep >= PULLS_AWAY_SLOPE && steeperThan(points, target);
  const gap = ratio && `${ratio.value.toFixed(1)}× the reference's time at n = ${fmt(ratio.n)}${Math.max(ratio.growth, ratio.upperGrowth) >= OUTGROWS_SLOPE ? ", and the gap widens with n" : ""}`;
  // Evidence on the gap alone: unless it climbed stairs, as memory outgrowing a cache does.
  const stairs = () => {
    const level = steppedGap(timeRatios(points, evidence.reference));
    if (!level) return null;
    const values = level.map(([, r]) => r);
    return inconclusive(
      `it grows faster than the reference at the top (${ratio!.value.toFixed(1)}× its time at n = ${fmt(ratio!.n)}), but the gap widened in steps: it held at ${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}× over n = ${fmt(level[0][0])}…${fmt(level[level.length - 1][0])} before rising again, as a table outgrowing a cache makes it; too few sizes above that level show whether it holds again or keeps widening like a slower term`,
    );
  };
  if (pullsAway) {
    const measured = named ? evidence.measured : null;
    const head = measured ? `measured ${measured}, target ${target}, but it grows faster than the reference` : `it grows faster than the reference (target ${target})`;
    const gapAlone = measured === null || judgeComplexity(measured, target).ok;
    if (gapAlone) {
      const stepped = stairs();
      if (stepped) return stepped;
    }
    return { status: "failed", measured, tolerated: false, message: `${head}: ${gap}`, ratio, ...(gapAlone ? { gapAlone } : {}) };
  }

  const atTop = slowerAtTheTop(points, target, ratio);
  if (atTop) {
    const stepped = stairs();
    if (stepped) return stepped;
    const top = `n = ${fmt(atTop.from)}…${fmt(points[points.length - 1][0])}`;
    const whole = named ? `over all the sizes the fit says ${evidence.measured}` : "over all the sizes no one class fits";
    return {
      status: "failed",
      measured: atTop.measured,
      tolerated: false,
      message: `measured ${atTop.measured} on the top sizes (${top}), target ${target}: ${gap}; ${whole}, as lower-order terms still weigh below them`,
      ratio,
      gapAlone: true,
    };
  }

  // Too uneven or too short to name a class on its own, but measured side by side with the
  // reference over enough sizes: a steady ratio to a reference that meets the target is
  // evidence enough to pass (busy moments hit both alike), without naming a class.
  const { referenceMeasured: theirs, referenceDeclared: truth } = evidence;
  // Exponential targets are measured on consecutive small sizes, whose spread is small by nature.
  const steady = ratio !== null && enoughSizes(shared, target === "O(2^n)" ? target : null) && Math.abs(ratio.growth) < STEADY_SLOPE && ratio.upperGrowth < OUTGROWS_SLOPE;
  if (!named && steady && truth && complexityRank(truth) <= complexityRank(target)) {
    return {
      status: "passed",
      measured: null,
      tolerated: false,
      message: `keeps pace with the reference (${ratio!.value.toFixed(1)}× its time at n = ${fmt(ratio!.n)}, a steady ratio over n = ${fmt(shared[0][0])}…${fmt(shared[shared.length - 1][0])}), whose ${truth} meets the target ${target}; on their own the times were too uneven to name a class`,
      ratio,
    };
  }

  if (!evidence.measured || !enoughSizes(points, evidence.measured)) {
    const { count, lo, hi } = spreadOf(points);
    const what = count === 0 ? "no size could be measured" : `only ${count} ${count === 1 ? "size" : "sizes"} (n = ${fmt(lo)}${hi !== lo ? `…${fmt(hi)}` : ""}) could be measured`;
    return inconclusive(`${what}${evidence.note ? ` (${evidence.note})` : " within the budget"}: too little to name a class`);
  }
  if (fitTooUneven(evidence.alternatives)) {
    return { ...inconclusive(`the times were too uneven to name a class (the best fit, ${evidence.alternatives[0].class}, is off by ${(evidence.alternatives[0].score * 100).toFixed(0)} % per size; a busy machine?)`), uneven: true };
  }
  const measured = evidence.measured;

  // The reference is the yardstick: when it reads other than its true class on these sizes, they
  // are too small for the leading term to show, and only the comparison with it can be trusted.
  if (ratio && theirs && truth && (evidence.reference?.length ?? 0) >= MIN_SIZES && !withinLogFactor(theirs, truth)) {
    const why = `at ${range} the leading term does not show yet (the reference, ${truth}, measured ${theirs} on them)`;
    if (ratio.growth < OUTGROWS_SLOPE) return { status: "passed", measured: null, tolerated: false, message: `keeps pace with the reference (${ratio.value.toFixed(1)}× its time at n = ${fmt(ratio.n)}, a steady ratio), target ${target}; ${why}`, ratio };
    return inconclusive(`${gap}; ${why}`);
  }

  const paced = pacedLikeReference(evidence, measured, ratio, shared);
  if (paced) {
    const onPace = judgeComplexity(paced, target);
    const message = `measured ${paced}, target ${target}${onPace.tolerated ? " (within one log factor)" : ""}: it grows like the reference, whose class is ${paced} (${ratio!.value.toFixed(1)}× its time at n = ${fmt(ratio!.n)}, a ratio steady within n^${SAME_PACE_SLOPE} over n = ${fmt(shared[0][0])}…${fmt(shared[shared.length - 1][0])}); on its own the fit says ${measured}`;
    return { status: "passed", measured: paced, tolerated: onPace.tolerated, message, ratio };
  }
  const judged = judgeComplexity(measured, target);
  if (judged.ok) return { status: "passed", measured, tolerated: judged.tolerated, message: judged.message, ratio };
  // Above the target. The reference timed beside it on the same sizes decides whether that is the code or the moment.
  if (ratio && (evidence.reference?.length ?? 0) >= 4 && ratio.growth < OUTGROWS_SLOPE / 2) {
    return inconclusive(`measured ${measured} (target ${target}), but the reference timed beside it grew alike (${ratio.value.toFixed(1)}× its time at n = ${fmt(ratio.n)}, a steady ratio): these sizes do not separate the classes`);
  }
  return { status: "failed", measured, tolerated: false, message: ratio && ratio.value >= 1 ? `${judged.message}; ${gap}` : judged.message, ratio };
}

/**
 * A slower term that takes over only at the top sizes: below them lower-order terms weigh
 * (an interpreter's cost per call, a scan in C with a tiny constant), so over the whole range
 * no one class fits, or the fit names the lower one. The top sizes alone — at least MIN_SIZES
 * of them, MIN_SPREAD apart — fit a class more than one log factor above the target, while
 * the gap to the reference there is at least OUTGROWS_RATIO and still widening: the leading
 * term, measured where it leads. A gap that only jumped once (a table leaving a cache) is no
 * evidence here either.
 */
function slowerAtTheTop(points: [number, number][], target: ComplexityClass, ratio: TimeVerdict["ratio"]): { measured: ComplexityClass; from: number } | null {
  if (!ratio || ratio.value < OUTGROWS_RATIO || ratio.upperGrowthPastStep < OUTGROWS_SLOPE || points.length < MIN_SIZES) return null;
  const topN = points[points.length - 1][0];
  let from = points.length - 1;
  while (from > 0 && points[from][0] * MIN_SPREAD > topN) from--;
  const top = points.slice(from);
  if (top.length < MIN_SIZES || top[0][0] * MIN_SPREAD > topN) return null;
  const fit = fitComplexity(top);
  if (fitTooUneven(fit.scores) || judgeComplexity(fit.measured, target).ok) return null;
  return { measured: fit.measured, from: top[0][0] };
}

/**
 * How steady a ratio to the reference must be (its log-log slope, either way) to say the two
 * grow alike. A log factor between them shows as a slope of 0.05–0.14 over the sizes a probe
 * reaches (kth-largest: a sort beside a quickselect, 0.055–0.06); caches and the interpreter
 * bend both curves alike, and the fit of either alone takes that bend for a log factor, or
 * misses a real one behind fixed costs per element.
 */
export const SAME_PACE_SLOPE = 0.05;

/**
 * The reference's true class, when the solution's fit is one log factor from it and the ratio
 * between them holds steady over enough sizes: measured against a yardstick of known class,
 * the two grow alike. Never for the reference measured against itself.
 */
function pacedLikeReference(evidence: Evidence, measured: ComplexityClass, ratio: TimeVerdict["ratio"], shared: [number, number][]): ComplexityClass | null {
  const truth = evidence.referenceDeclared;
  if (!truth || evidence.referenceIsSelf || !ratio || measured === truth || !withinLogFactor(measured, truth)) return null;
  return enoughSizes(shared, null) && Math.abs(ratio.growth) < SAME_PACE_SLOPE ? truth : null;
}

/** A gap to the reference this large, widening this fast at the top, with a steeper curve there, is a probe cut short. */
export const DRIFT_RATIO = 1.5;
export const DRIFT_SLOPE = 0.25;

/** What one log factor adds to a curve's power over the sizes probed (see CLASS_POWER): 1/ln n at n, 0.16 at 500. */
const LOG_FACTOR_POWER = 0.1;

/**
 * Passing on a fit over the whole range while, at the top, the gap to the reference widens and
 * the solution's own curve turns steeper than the target: a slower term taking over just where
 * the budget ran out. The probe then looks further before it says anything (run-probe.ts).
 *
 * `stoppedShort`: the measurement stopped below the problem's largest size (one call cost too
 * much to climb further), so the sizes where a slower term would lead were never measured. Then
 * a top third a log factor's worth steeper than the target is enough to look further: a
 * memcpy-cheap cubic term beside an interpreter's quadratic loop (word-break's slicing table in
 * Python) climbs only n^2.2 where a 3 s budget stops it, and plainly n^2.4 a few sizes on. A
 * log factor at these sizes is looked at too; looking further costs time, not a verdict: what
 * it finds is judged as any measurement is.
 */
export function driftsFromReference(verdict: TimeVerdict, points: [number, number][], target: ComplexityClass, stoppedShort = false): boolean {
  const ratio = verdict.ratio;
  // The top third: a term just taking over bends only the last few sizes.
  const by = stoppedShort ? LOG_FACTOR_POWER : STEEPER_BY;
  return verdict.status === "passed" && ratio !== null && ratio.value >= DRIFT_RATIO && ratio.upperGrowth >= DRIFT_SLOPE && steeperThan(points, target, 2 / 3, by);
}

/**
 * How far past its class's power the top third of a passing curve must climb, while the gap to
 * the reference widens there, to be a slower term with a small constant taking over (a table
 * that copies and hashes a slice per pair: memcpy-cheap next to the interpreter's loop until n
 * is in the thousands) rather than caches. Over every truth pass so far, linear code outgrowing
 * the caches beside its reference climbed at most 0.24 past O(n) (TypeScript's linked lists of
 * objects); word-break's backwards slicing table, read O(n) on a jagged quiet curve, 0.34.
 */
const CLIMBS_BY = 0.3;

/**
 * Passing on a class whose own curve still steepens at the top: below the reference's true class
 * by more than a log factor (fixed costs per step — numpy's calls, a loop over blocks — hiding
 * the leading term, far more often than code asymptotically faster than the reference), or
 * climbing well past its class while it pulls away from the reference. The probe then looks
 * further before it names a class (run-probe.ts).
 */
export function steepensPastClass(verdict: TimeVerdict, points: [number, number][], truth: ComplexityClass | null): boolean {
  const { measured, ratio } = verdict;
  if (verdict.status !== "passed" || measured === null) return false;
  if (truth !== null && complexityRank(measured) < complexityRank(truth) && !withinLogFactor(measured, truth) && steeperThan(points, measured, 2 / 3)) return true;
  return ratio !== null && ratio.upperGrowth >= OUTGROWS_SLOPE && steeperThan(points, measured, 2 / 3, CLIMBS_BY);
}

/**
 * Still steepening past its class after looking further — or, measured further, fitting no one
 * class (the slower term half taken over): it meets the target, as the first measurement said,
 * but names no class. `fitSaid` is the class the first measurement's fit named.
 */
export function unsettled(verdict: TimeVerdict, points: [number, number][], truth: ComplexityClass | null, fitSaid = verdict.measured): TimeVerdict {
  const top = points.slice(Math.floor((points.length * 2) / 3));
  const range = `n = ${fmt(points[0][0])}…${fmt(points[points.length - 1][0])}`;
  const fit = verdict.measured ? `the fit says ${verdict.measured} on ${range}` : `the fit said ${fitSaid}, and measured further, no one class fits ${range}`;
  const slope = logLogSlope(top);
  const shape = fitSaid && slope >= CLASS_POWER[fitSaid] + STEEPER_BY ? `yet the curve still steepens at the top (like n^${slope.toFixed(2)})` : `and at the top it grows like n^${slope.toFixed(2)}`;
  const widening = verdict.ratio?.upperGrowth ?? 0;
  const why =
    truth && fitSaid && complexityRank(truth) > complexityRank(fitSaid)
      ? `toward the reference's ${truth}; fixed costs per step hide the leading term at these sizes`
      : widening >= OUTGROWS_SLOPE
        ? `pulling away from the reference (the gap widening like n^${widening.toFixed(2)}): a slower term is taking over at these sizes`
        : "the sizes measured do not settle on one class";
  return {
    ratio: verdict.ratio,
    status: "passed",
    measured: null,
    tolerated: false,
    message: `meets the target, but names no class: ${fit}, ${shape}, ${why}`,
  };
}

/** A cost growing faster than n^4 over the sizes measured: what no polynomial target allows. */
function exponentialLooking(points: [number, number][]): boolean {
  return points.length >= 2 && logLogSlope(points) > 4;
}

/** The verdict turned inconclusive with this message, and the advice that goes with it. */
function noPromise(verdict: TimeVerdict, message: string): TimeVerdict {
  return { ...verdict, status: "inconclusive", measured: null, tolerated: false, message, advice: INCONCLUSIVE_ADVICE, gapAlone: undefined, uneven: undefined };
}

/** A pass that, measured further, still only pulls away at the top: no promise either way. */
export function stillDrifting(verdict: TimeVerdict): TimeVerdict {
  const r = verdict.ratio!;
  return noPromise(
    verdict,
    `the fit says ${verdict.measured ?? "it keeps pace"}, but at the top it keeps pulling away from the reference (${r.value.toFixed(1)}× its time at n = ${fmt(r.n)}, the gap widening like n^${r.upperGrowth.toFixed(2)}): a slower term may take over beyond the sizes measured`,
  );
}

/**
 * A failure on the gap alone that a second measurement did not repeat: a busy moment, or a
 * collector starved of CPU, widens a gap too; a slower term widens it every time.
 */
export function notRepeated(first: TimeVerdict, second: TimeVerdict): TimeVerdict {
  const r = first.ratio!;
  return noPromise(
    second,
    `it pulled away from the reference in one measurement (${r.value.toFixed(1)}× its time at n = ${fmt(r.n)}, the gap widening), but a second measurement did not repeat it (${second.message}): too unsteady to fail it`,
  );
}

/** Times too uneven to name a class in a second measurement as in the first. */
export function unevenTwice(first: TimeVerdict, alternatives: [ClassScore[], ClassScore[]]): TimeVerdict {
  const [a, b] = alternatives.map((scores) => `${scores[0].class} off by ${(scores[0].score * 100).toFixed(0)} %`);
  return noPromise(first, `the times were too uneven to name a class in two measurements (the best fits, ${a} and ${b} per size; a busy machine?)`);
}

/** A failure on the gap alone whose second measurement could time no size (a machine too busy): no promise, on the first one's sizes. */
export function notConfirmed(first: TimeVerdict, second: TimeVerdict): TimeVerdict {
  const r = first.ratio!;
  return noPromise(
    first,
    `it pulled away from the reference in one measurement (${r.value.toFixed(1)}× its time at n = ${fmt(r.n)}, the gap widening), but a second measurement, to confirm it, timed no size (${second.message}): too little to fail it`,
  );
}

/**
 * A second measurement cut short — too few sizes to name anything, or stopping below the sizes
 * where the first pulled away (slow code reaches less far on a busy machine) — that found the
 * gap to the reference at least as wide as the first did: it repeats the first, it does not
 * contradict it.
 */
export function gapHeld(first: TimeVerdict, second: TimeVerdict, secondPoints: [number, number][]): boolean {
  const [was, now] = [first.ratio, second.ratio];
  if (second.status === "failed" || was === null || now === null || now.value < was.value) return false;
  return (second.status === "inconclusive" && !enoughSizes(secondPoints, null)) || now.n < was.n;
}

/** The solution's own curve above `from` (a share of its sizes: the upper half by default) climbs clearly faster than the target allows. */
function steeperThan(points: [number, number][], target: ComplexityClass, from = 1 / 2, by = STEEPER_BY): boolean {
  const power = CLASS_POWER[target];
  const top = points.slice(Math.floor(points.length * from));
  if (!Number.isFinite(power) || top.length < 3) return false;
  return logLogSlope(top) >= power + by;
}
