// Fitting measured times to complexity classes. Each polynomial-type class is fitted as
// t = a + b·g(n) with a, b ≥ 0, minimising *relative* residuals (a 10 ms error matters at
// 20 ms, not at 2 s); the few worst points are trimmed; exponential growth is fitted
// separately as log-linear. The simplest class scoring close to the best one wins.
import { COMPLEXITY_CLASSES, complexityRank, type ComplexityClass } from "../registry/complexity.js";

export type Point = readonly [n: number, seconds: number];

export interface ClassScore {
  class: ComplexityClass;
  /** Root-mean-square relative residual of the fit: 0.05 means the model is off by ~5 % per point. */
  score: number;
}

export interface Fit {
  measured: ComplexityClass;
  /** Every class with its score, best first. */
  scores: ClassScore[];
  /** Slope of log(time) against log(n): ~1 for linear, ~2 for quadratic. */
  slope: number;
}

export interface FitOptions {
  /** A simpler class wins when its score is within this factor of the best (default 1.15). */
  tolerance?: number;
  /** …or within this absolute score of the best (default 0.02), so near-perfect fits do not split hairs. */
  slack?: number;
  /** Share of points (worst residuals) left out before scoring (default 0.1). */
  trim?: number;
  /**
   * Values are only known to within this much (memory readings: the young generation's
   * garbage): residuals are relative to max(value, floor), so noise at small sizes does not
   * pass for growth. Default 0: purely relative.
   */
  floor?: number;
}

const log2 = (n: number) => Math.log2(Math.max(n, 2));

const GROWTH: Record<Exclude<ComplexityClass, "O(2^n)">, (n: number) => number> = {
  "O(1)": () => 1,
  "O(log n)": (n) => log2(n),
  "O(n)": (n) => n,
  "O(n log n)": (n) => n * log2(n),
  "O(n^2)": (n) => n * n,
  "O(n^2 log n)": (n) => n * n * log2(n),
  "O(n^3)": (n) => n * n * n,
};

/** Weighted least squares for t = a + b·g with a, b ≥ 0 and weights 1/max(t, floor)². Returns the model's predictions. */
function fitAffine(points: readonly Point[], g: (n: number) => number, constantOnly: boolean, floor: number): number[] {
  let sw = 0, swg = 0, swgg = 0, swt = 0, swgt = 0;
  for (const [n, t] of points) {
    const w = 1 / Math.max(t, floor) ** 2;
    const x = g(n);
    sw += w;
    swg += w * x;
    swgg += w * x * x;
    swt += w * t;
    swgt += w * x * t;
  }
  const constant = swt / sw;
  if (constantOnly) return points.map(() => constant);
  const det = sw * swgg - swg * swg;
  let a = det !== 0 ? (swgg * swt - swg * swgt) / det : 0;
  let b = det !== 0 ? (sw * swgt - swg * swt) / det : 0;
  if (a < 0 || !Number.isFinite(a)) {
    a = 0;
    b = swgt / swgg;
  }
  if (b < 0 || !Number.isFinite(b)) {
    a = constant;
    b = 0;
  }
  return points.map(([n]) => a + b * g(n));
}

/** t = c·e^(k·n): a straight line through (n, ln t). */
function fitExponential(points: readonly Point[]): number[] {
  const m = points.length;
  const xs = points.map(([n]) => n);
  const ys = points.map(([, t]) => Math.log(t));
  const mx = xs.reduce((s, x) => s + x, 0) / m;
  const my = ys.reduce((s, y) => s + y, 0) / m;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < m; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const k = sxx > 0 ? Math.max(0, sxy / sxx) : 0;
  return xs.map((x) => Math.exp(my + k * (x - mx)));
}

function relativeResiduals(points: readonly Point[], predicted: number[], floor: number): number[] {
  return points.map(([, t], i) => (t - predicted[i]) / Math.max(t, floor));
}

function rms(values: number[]): number {
  return Math.sqrt(values.reduce((s, v) => s + v * v, 0) / Math.max(values.length, 1));
}

/** Fits, drops the worst `trim` share of points, fits again, and scores on what is left. */
function scoreClass(points: readonly Point[], fit: (pts: readonly Point[]) => number[], trim: number, floor: number): number {
  const drop = Math.floor(points.length * trim);
  let kept = points;
  if (drop > 0 && points.length - drop >= 4) {
    const residuals = relativeResiduals(points, fit(points), floor).map(Math.abs);
    const order = residuals.map((r, i) => [r, i] as const).sort((x, y) => y[0] - x[0]);
    const dropped = new Set(order.slice(0, drop).map(([, i]) => i));
    kept = points.filter((_, i) => !dropped.has(i));
  }
  return rms(relativeResiduals(kept, fit(kept), floor));
}

export function logLogSlope(points: readonly Point[]): number {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, t]) => Math.log(t));
  const m = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / m;
  const my = ys.reduce((s, y) => s + y, 0) / m;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < m; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : 0;
}

export function fitComplexity(points: readonly Point[], options: FitOptions = {}): Fit {
  const tolerance = options.tolerance ?? 1.15;
  const slack = options.slack ?? 0.02;
  const trim = options.trim ?? 0.1;
  const floor = options.floor ?? 0;
  const usable = points.filter(([n, t]) => n > 0 && t > 0 && Number.isFinite(t));
  if (usable.length < 3) throw new Error(`need at least 3 measured sizes to fit, got ${usable.length}`);
  const maxN = Math.max(...usable.map(([n]) => n));

  const scores: ClassScore[] = [];
  for (const c of COMPLEXITY_CLASSES) {
    if (c === "O(2^n)") {
      // Exponential code never reaches large n within a time budget; past n = 64 it is not a candidate.
      if (maxN <= 64) scores.push({ class: c, score: scoreClass(usable, fitExponential, trim, floor) });
      continue;
    }
    const g = GROWTH[c];
    scores.push({ class: c, score: scoreClass(usable, (pts) => fitAffine(pts, g, c === "O(1)", floor), trim, floor) });
  }
  scores.sort((x, y) => x.score - y.score);
  const best = scores[0].score;
  const acceptable = scores.filter((s) => s.score <= best * tolerance || s.score <= best + slack);
  let measured = acceptable.reduce((simplest, s) => (complexityRank(s.class) < complexityRank(simplest.class) ? s : simplest)).class;
  if (measured === "O(n log n)" && looksLikeCacheEffect(usable)) measured = "O(n)";
  const plain = WITHOUT_LOG[measured];
  if (plain && !logFactorShows(usable, measured, plain, scores, trim, floor)) measured = plain;
  return { measured, scores, slope: logLogSlope(usable) };
}

/**
 * A log factor must fit clearly better than the class without it: caches, allocators and the
 * interpreter's own growth bend quadratic curves about as much as a log factor does over the
 * sizes a probe reaches (attention, rotate-image and spiral-matrix read n² log n at 1.15–1.3×
 * the n² score), while sorts and heaps score 1.6–12× better with their log factor.
 */
export const LOG_FACTOR_TOLERANCE = 1.35;
const WITHOUT_LOG: Partial<Record<ComplexityClass, ComplexityClass>> = { "O(n log n)": "O(n)", "O(n^2 log n)": "O(n^2)" };

/** How much better the class without the log factor must fit a curve with its jump taken out. */
const PLAIN_PAST_JUMP = 1.2;

/**
 * Whether `withLog` fits clearly better than `plain` — and, where the curve has one sustained
 * jump, still does once the jump is taken out: a curve that is plainly straight on both sides
 * of its jump (plain fitting better by PLAIN_PAST_JUMP) has no log factor. A real one bends
 * the curve on both sides too (sorts in V8 jump where their arrays leave the young
 * generation, and keep their log factor past it).
 */
function logFactorShows(points: readonly Point[], withLog: ComplexityClass, plain: ComplexityClass, scores: ClassScore[], trim: number, floor: number): boolean {
  const scoreOf = (c: ComplexityClass) => scores.find((s) => s.class === c)!.score;
  if (scoreOf(plain) <= scoreOf(withLog) * LOG_FACTOR_TOLERANCE) return false;
  const smoothed = withoutJump(points);
  if (!smoothed) return true;
  const rescore = (c: ComplexityClass) => scoreClass(smoothed, (pts) => fitAffine(pts, GROWTH[c as keyof typeof GROWTH], false, floor), trim, floor);
  return rescore(plain) * PLAIN_PAST_JUMP > rescore(withLog);
}

/**
 * One jump between neighbouring sizes, far above the curve's own pace, that the sizes after it
 * keep: the code changing regime, not growing faster. Python's frames spill into a new chunk of
 * its stack past a few hundred nested calls and every recursive solution costs about twice as
 * much per call from there on; a table falls out of a cache. Over the sizes a probe reaches,
 * such a step bends a straight line as much as a log factor does, while a real log factor bends
 * the curve evenly and jumps nowhere.
 */
export const JUMP_EXCESS = 1.35;
/** The jump must sit inside the curve: this many sizes on either side of it. */
const JUMP_MARGIN = 3;
/** …and the next size must keep at least this share of it. */
const JUMP_HOLDS = 2 / 3;

/** The curve with its largest sustained jump divided out of every later size, or null when it has none. */
export function withoutJump(points: readonly Point[]): Point[] | null {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  if (sorted.length < 2 * JUMP_MARGIN) return null;
  const powers = sorted.slice(1).map(([n, t], i) => Math.log(t / sorted[i][1]) / Math.log(n / sorted[i][0]));
  const pace = [...powers].sort((a, b) => a - b)[powers.length >> 1];
  const excess = (i: number) => sorted[i][1] / sorted[i - 1][1] / (sorted[i][0] / sorted[i - 1][0]) ** pace;
  let at = -1;
  let jump = JUMP_EXCESS;
  for (let i = JUMP_MARGIN; i <= sorted.length - JUMP_MARGIN; i++) {
    if (excess(i) >= jump && excess(i + 1) >= JUMP_HOLDS) {
      at = i;
      jump = excess(i);
    }
  }
  return at < 0 ? null : sorted.map(([n, t], i) => [n, i >= at ? t / jump : t] as Point);
}

/**
 * O(n) code whose working set outgrows the caches (hash tables, big allocations) gets
 * slower per element at large n and fits n log n better than n. The two differ at the small
 * end: a real log factor already bends the curve there (local slope ≈ 1 + 1/ln n, about 1.15
 * for n in the hundreds), while cache-bound linear code is exactly linear while it still fits
 * in cache, and bends only at the top.
 */
export const CACHE_EFFECT_SLOPE = 1.06;

function looksLikeCacheEffect(points: readonly Point[]): boolean {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const lowerHalf = sorted.slice(0, Math.ceil(sorted.length / 2) + 1);
  if (lowerHalf.length < 4) return false;
  const low = logLogSlope(lowerHalf);
  const high = logLogSlope(sorted.slice(Math.floor(sorted.length / 2)));
  return low < CACHE_EFFECT_SLOPE && high > low;
}
