// The probe's plan: which sizes to time, in what order, and when to stop. It is written as
// a generator that yields "time n" requests and receives seconds per call, so one plan drives
// every runtime (this thread, a worker, a Python process) from drill's own process.
//
// 1. Warm up at small n, then climb an adaptive ladder with the solution: double n while one
//    call stays well under the per-size target, with smaller steps as the target nears
//    (extrapolated from the last two sizes), and — below n = 64 — no faster than cost doubling
//    per +1 of n, so exponential code cannot run away.
// 2. Measure a grid over the top ~3 decades reached (√2 apart; consecutive n when the top is
//    small), in several rounds visiting sizes in shuffled order; keep the minimum per size
//    (noise only ever adds time). With a reference, each size is timed for the solution and
//    then at once for the reference, so a busy moment hits both alike and their ratio holds.
import { createRng } from "../random/rng.js";
import { SAMPLE_MS } from "./batch-rules.js";
import type { Point } from "./fit.js";
import { MIN_SPREAD } from "./verdict.js";

export interface PlanOptions {
  /** Time to spend on the solution, in milliseconds (default 3000); the reference gets half as much again. */
  budgetMs?: number;
  /** Smallest n tried (default 8). */
  minN?: number;
  /**
   * Smallest n the inputs allow (default minN). Code whose cost grows faster than any power
   * reaches only a few sizes above minN; its grid then reaches down to here, one by one. Code
   * too heavy to climb from minN to a spread that can name a class is measured from here up.
   */
  floorN?: number;
  /** Largest n tried (default 2^16). */
  maxN?: number;
  /** Seed of the round order (default 1). */
  seed?: number;
  /** Share of the budget one call may take at the top of the ladder (default PER_SIZE_SHARE). */
  perSizeShare?: number;
  /** Time a reference beside the solution, size by size. */
  withReference?: boolean;
}

export type Who = "solution" | "reference";

/** "Time one batch of calls at n; about expectedMs per call is expected." */
export interface SampleRequest {
  who: Who;
  n: number;
  expectedMs: number;
  /** Ladder samples only find the sizes: one input will do. Grid samples cycle through many. */
  phase: "ladder" | "grid";
  /** A batch still running after this long has run away: the runner is replaced, and the ladder stops below this size. */
  limitMs?: number;
}

/** Seconds per call, or null when the batch could not be timed (the runner was stopped). */
export type SampleReply = number | null;

export interface PlanResult {
  /** [n, seconds per call], ascending: the minimum over rounds. */
  points: [number, number][];
  /** The reference's, on the sizes it was timed at (null without a reference, or when it failed). */
  reference: [number, number][] | null;
  rounds: number;
  /** Why the plan stopped early or could not measure enough sizes. */
  note?: string;
}

/**
 * 2^16: large enough for three decades above n = 64, small enough that a few arrays of that
 * size stay in the CPU's caches; past it, memory effects bend linear curves upward.
 */
export const DEFAULT_MAX_N = 1 << 16;
/** The share of the budget one call may take at the top of the ladder: enough for several rounds over the grid. */
export const PER_SIZE_SHARE = 0.02;
/** The share of the solution's budget the reference gets on top of it. */
export const REFERENCE_SHARE = 0.5;
/** The ladder keeps climbing on a larger share of the budget until n is this many times minN. */
const LADDER_SPREAD = 16;
/** Extra looks at a ladder size whose time jumped beyond the worst growth allowed for. */
const LADDER_RETRIES = 2;
/**
 * The steepest growth per +1 of n the ladder allows for below 64 while the cost does not grow
 * like a power: paths through an n×n grid, C(2n, n), grow almost 4× per step (2^n code, 2×).
 */
const EXPONENTIAL_BASE = 4;
/** A climb this steep over this span of n is no power of n: heavy code is not measured again from the floor. */
const EXPONENTIAL_SPAN = 1.5;
const EXPONENTIAL_SLOPE = 6;
/**
 * A ladder batch has run away when it takes this many times the per-size allowance and this
 * many times what it was expected to (a growth the guess did not allow for, a collection of a
 * huge output): it is stopped there instead of eating the whole budget.
 */
const RUNAWAY_PER_SIZE = 10;
const RUNAWAY_GUESS = 20;
/** The reference is timed where one call costs at most this many times the solution's (or the per-size target). */
const REFERENCE_SLOWER = 4;

export function* probePlan(options: PlanOptions = {}, now: () => number = () => performance.now()): Generator<SampleRequest, PlanResult, SampleReply> {
  const started = now();
  const ownMs = options.budgetMs ?? 3000;
  const budgetMs = ownMs * (options.withReference ? 1 + REFERENCE_SHARE : 1);
  const minN = Math.max(1, Math.floor(options.minN ?? 8));
  const maxN = Math.max(minN, Math.floor(options.maxN ?? DEFAULT_MAX_N));
  const seed = options.seed ?? 1;
  const perSizeMs = ownMs * (options.perSizeShare ?? PER_SIZE_SHARE);
  const elapsed = () => now() - started;
  const best: Record<Who, Map<number, number>> = { solution: new Map(), reference: new Map() };
  /** What one request at (who, n) last cost in wall time: calls, copies and the round trip. */
  const cost: Record<Who, Map<number, number>> = { solution: new Map(), reference: new Map() };
  let referenceFailed = !options.withReference;
  const points = (who: Who): [number, number][] => [...best[who].entries()].sort((a, b) => a[0] - b[0]);
  const result = (rounds: number, note?: string): PlanResult => ({
    points: points("solution"),
    reference: referenceFailed || best.reference.size === 0 ? null : points("reference"),
    rounds,
    ...(note ? { note } : {}),
  });

  /** One batch; null when the runner could not time it. */
  function* time(who: Who, n: number, expectedMs: number, phase: SampleRequest["phase"] = "ladder"): Generator<SampleRequest, number | null, SampleReply> {
    const asked = now();
    const limitMs = phase === "ladder" ? Math.max(RUNAWAY_PER_SIZE * perSizeMs, RUNAWAY_GUESS * expectedMs) : undefined;
    const seconds = yield { who, n, expectedMs, phase, ...(limitMs ? { limitMs } : {}) };
    cost[who].set(n, now() - asked);
    if (seconds === null || !Number.isFinite(seconds)) return null;
    // Ladder samples replay one input, which stays in the CPU's caches; grid samples cycle
    // through many. Only the grid's are points, or memory-bound code reads faster at the
    // sizes the ladder also visited and the curve turns jagged.
    if (phase !== "grid") return seconds;
    const previous = best[who].get(n);
    if (previous === undefined || seconds < previous) best[who].set(n, seconds);
    return seconds;
  }

  /**
   * A climbing size whose time jumped beyond the growth guessed is a busy moment or a cold first
   * call more often than code: it is timed again (up to LADDER_RETRIES times), the least kept.
   */
  function* lookAgainIfJumped(who: Who, n: number, guessMs: number, seconds: number | null): Generator<SampleRequest, number | null, SampleReply> {
    for (let retry = 0; seconds !== null && retry < LADDER_RETRIES && seconds * 1000 > guessMs * 1.5; retry++) {
      const again = yield* time(who, n, guessMs);
      if (again !== null) seconds = Math.min(seconds, again);
    }
    return seconds;
  }

  // Warm-up: let the JIT settle at small n. The first batch is a single call (a heavy call at
  // minN must not spend the ladder's budget); the next ones are sized on what it took.
  const warmUntil = now() + Math.min(50, ownMs * 0.02);
  let warmMs = Infinity;
  do {
    const seconds = yield* time("solution", minN, warmMs);
    if (seconds === null) return result(0, `the first call at n = ${minN} did not finish`);
    warmMs = Math.max(seconds * 1000, 1e-4);
  } while (now() < warmUntil);

  // 1. The ladder. The first call at a new size is expected to cost what the worst growth we
  // allow for would make it (×4 per +1 of n below 64, cubic above), so a batch is never
  // sized on an optimistic guess.
  const ladder: Point[] = [];
  /** The log-log slope of the cost over the ladder's last doubling of n (null before one). */
  const ladderSlope = (): number | null => {
    const last = ladder[ladder.length - 1];
    const earlier = last && [...ladder].reverse().find(([m]) => m <= last[0] / 2);
    return last && earlier ? Math.log(last[1] / earlier[1]) / Math.log(last[0] / earlier[0]) : null;
  };
  /**
   * The cost so far grows like a power of n no steeper than n^4, over a doubling of n at least:
   * exponential code shows a log-log slope of n·ln 2 (7 at n = 10), so below 64 the ladder may
   * then double n as it does above 64.
   */
  const polynomial = () => (ladderSlope() ?? Infinity) <= 4;
  /**
   * …and the ladder has seen it grow faster than that: over a doubling, or steeper than n^6 from
   * its first size over a climb of 1.5× (a power of n^4 with a busy moment of 2× on the top
   * size reads 5.7 there; paths through a grid, from n = 8 to 12, read 13).
   */
  const seenExponential = () => {
    const [first, last] = [ladder[0], ladder[ladder.length - 1]];
    const climbed = first && last[0] >= first[0] * EXPONENTIAL_SPAN && Math.log(last[1] / first[1]) / Math.log(last[0] / first[0]) > EXPONENTIAL_SLOPE;
    return (ladderSlope() ?? 0) > 4 || Boolean(climbed);
  };
  const floorN = Math.max(1, Math.min(minN, Math.floor(options.floorN ?? minN)));
  let start = minN;
  let climbStarted = 0;
  let n = start;
  for (;;) {
    const previous = ladder[ladder.length - 1];
    const guessMs = previous ? previous[1] * 1000 * (n < 64 && !polynomial() ? EXPONENTIAL_BASE ** (n - previous[0]) : (n / previous[0]) ** 3) : warmMs;
    const first = yield* time("solution", n, guessMs);
    const seconds = previous ? yield* lookAgainIfJumped("solution", n, guessMs, first) : first;
    if (seconds === null) break;
    const ms = seconds * 1000;
    ladder.push([n, seconds]);
    // Heavy calls (or a busy machine) get more of the budget for the ladder while the sizes
    // reached are still too close together to name a class.
    const ladderShare = n < start * LADDER_SPREAD ? 0.6 : 0.35;
    const heavy = ms >= perSizeMs * 0.6;
    if (heavy && start > floorN && n < start * MIN_SPREAD && !seenExponential()) {
      // Code too heavy to climb from minN to the spread a class needs (or to time at minN at
      // all) is measured on smaller inputs, when they exist: from floorN up, √2 apart, so its
      // curve still spans enough sizes to compare with the reference's.
      start = n = floorN;
      ladder.length = 0;
      climbStarted = elapsed();
      continue;
    }
    if (heavy || n >= maxN || elapsed() - climbStarted > ownMs * ladderShare) break;
    let next: number;
    if (n < 64 && !polynomial()) {
      // Exponential code may multiply its cost by up to EXPONENTIAL_BASE per +1 of n: never jump further than that allows.
      next = Math.min(2 * n, n + Math.max(1, Math.floor(Math.log((perSizeMs * 0.6) / Math.max(ms, 1e-3)) / Math.log(EXPONENTIAL_BASE))));
    } else {
      let factor = 2;
      if (ladder.length >= 2) {
        const [n0, t0] = ladder[ladder.length - 2];
        const p = Math.log(seconds / t0) / Math.log(n / n0);
        if (Number.isFinite(p) && p > 0.5) factor = Math.min(2, Math.max(1.2, ((perSizeMs * 0.6) / ms) ** (1 / p)));
      }
      next = Math.ceil(n * factor);
    }
    n = Math.min(maxN, Math.max(n + 1, next));
  }
  if (!ladder.length) return result(0, `a batch at n = ${n} did not finish within the time left`);
  const top = ladder[ladder.length - 1][0];
  if (top === start && ladder[0][1] * 1000 >= perSizeMs) {
    return result(0, `too slow to probe: one call at the smallest size n = ${start} took ${(ladder[0][1] * 1000).toFixed(0)} ms`);
  }

  // 2. The grid over the top ~3 decades, the reference beside the solution; for exponential code
  // (a cost growing faster than n^4) that stopped within a few sizes of minN, also the sizes just below.
  const exponential = top < 64 && ladder.length >= 2 && !polynomial();
  const grid = exponential ? gridBelow(top, Math.max(floorN, Math.min(minN, top - 7))) : start < minN ? rootTwoGrid(top, start) : gridBelow(top, minN);
  const referenceLadder: Point[] = [];
  const expected = (who: Who, size: number) => 1000 * estimate(who === "solution" ? ladder : referenceLadder, size);
  let referenceSizes = new Set<number>();
  if (!referenceFailed) {
    // The reference gets the warm-up the solution had, so its JIT is as settled when compared.
    const warmReferenceUntil = now() + Math.min(50, ownMs * 0.02);
    let referenceWarmMs = Infinity;
    do {
      const seconds = yield* time("reference", minN, referenceWarmMs);
      if (seconds === null) referenceFailed = true;
      else referenceWarmMs = Math.max(seconds * 1000, 1e-4);
    } while (!referenceFailed && now() < warmReferenceUntil);
  }
  if (!referenceFailed) {
    // The reference climbs the grid four sizes at a time while one call stays affordable.
    const limit = (size: number) => Math.max(perSizeMs, REFERENCE_SLOWER * expected("solution", size));
    const rungs = grid.filter((_, i) => i % 4 === 0 || i === grid.length - 1);
    for (const size of rungs) {
      const guessMs = referenceLadder.length ? 1000 * extrapolate(referenceLadder, size) : expected("solution", size);
      if (referenceLadder.length && guessMs > limit(size)) break;
      const first = yield* time("reference", size, guessMs);
      // One cold first call at a rung would otherwise stop the reference's climb there.
      const seconds = referenceLadder.length ? yield* lookAgainIfJumped("reference", size, guessMs, first) : first;
      if (seconds === null) {
        referenceFailed = true;
        break;
      }
      referenceLadder.push([size, seconds]);
      if (seconds * 1000 > limit(size)) break;
    }
    const reached = referenceLadder.length ? referenceLadder[referenceLadder.length - 1][0] : 0;
    referenceSizes = new Set(grid.filter((size) => size <= reached && expected("reference", size) <= limit(size)));
  }
  /**
   * What a grid batch is sized on: the size's own best time once the grid has one. The ladder
   * guesses each new size from cubic growth, so at small sizes its estimate can be hundreds of
   * times too high; a batch sized on it holds too few calls, and the timer's own cost per batch
   * (tens of microseconds) then lands on the fastest sizes and flattens the curve's low end.
   */
  const batchMs = (who: Who, size: number) => Math.min(expected(who, size), 1000 * (best[who].get(size) ?? Infinity));
  const requestMs = (who: Who, size: number) => cost[who].get(size) ?? Math.max(SAMPLE_MS, expected(who, size)) * 1.3;
  const roundMs = () => grid.reduce((sum, size) => sum + requestMs("solution", size) + (referenceSizes.has(size) && !referenceFailed ? requestMs("reference", size) : 0), 0);
  const order = createRng(seed ^ 0x5bd1e995);
  let rounds = 0;
  let stopped: string | undefined;
  while (rounds < 8 && (rounds < 2 || elapsed() + roundMs() < budgetMs * 0.92)) {
    if (rounds >= 1 && elapsed() + roundMs() > budgetMs * 1.05) break;
    for (const size of order.shuffle([...grid])) {
      if ((yield* time("solution", size, batchMs("solution", size), "grid")) === null) {
        stopped = `a batch at n = ${size} did not finish within the time left`;
        break;
      }
      if (referenceFailed || !referenceSizes.has(size)) continue;
      if ((yield* time("reference", size, batchMs("reference", size), "grid")) === null) referenceFailed = true;
    }
    rounds++;
    if (stopped) break;
  }
  return result(rounds, stopped);
}

/** Sizes below `top`: √2 apart over three decades, or consecutive when the top is small. */
export function gridBelow(top: number, minN: number): number[] {
  if (top > 48) return rootTwoGrid(top, Math.max(minN, top / 1000));
  const sizes = new Set<number>();
  const lowest = Math.max(minN, Math.floor(top / 3));
  const step = Math.max(1, Math.floor((top - lowest) / 14));
  for (let n = top; n >= lowest; n -= step) sizes.add(n);
  return [...sizes].sort((a, b) => a - b);
}

/**
 * Sizes from `top` down to `lowest`, √2 apart. When the steps stop short of `lowest` with less
 * than MIN_SPREAD between the ends (slow code that climbed only a decade), `lowest` itself
 * is added: one cheap size more is what lets such a curve name a class at all.
 */
function rootTwoGrid(top: number, lowest: number): number[] {
  const sizes = new Set<number>();
  for (let n = top; n >= lowest; n /= Math.SQRT2) sizes.add(Math.round(n));
  const bottom = Math.min(...sizes);
  if (top < bottom * MIN_SPREAD && bottom > Math.ceil(lowest)) sizes.add(Math.ceil(lowest));
  return [...sizes].sort((a, b) => a - b);
}

/** Seconds per call at n beyond the measured points: their last slope, or cubic growth from a single point. */
function extrapolate(measured: Point[], n: number): number {
  const [n1, t1] = measured[measured.length - 1];
  if (measured.length < 2) return t1 * (n / n1) ** 3;
  const [n0, t0] = measured[measured.length - 2];
  const p = Math.max(1, Math.log(t1 / t0) / Math.log(n1 / n0));
  return t1 * (n / n1) ** (Number.isFinite(p) ? p : 3);
}

/** Seconds per call at n, interpolated in log-log space from measured points. */
function estimate(measured: Point[], n: number): number {
  const sorted = [...measured].sort((a, b) => a[0] - b[0]);
  const below = [...sorted].reverse().find(([m]) => m <= n) ?? sorted[0];
  const above = sorted.find(([m]) => m >= n) ?? sorted[sorted.length - 1];
  if (below[0] === above[0]) return below[1];
  const p = Math.log(above[1] / below[1]) / Math.log(above[0] / below[0]);
  return below[1] * (n / below[0]) ** p;
}
