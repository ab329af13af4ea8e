// The probe's plan: which sizes to time, in what order, and when to stop. It is written as
// a generator that yields "time n" requests and receives seconds per call, so the same plan
// drives a function in this thread (sampler.ts) and a Python solution in another process.
//
// 1. Warm up at small n, then climb an adaptive ladder: double n while one call stays well
//    under the per-size target, with smaller steps as the target nears (extrapolated from the
//    last two sizes), and — below n = 64 — no faster than cost doubling per +1 of n, so
//    exponential code cannot run away.
// 2. Measure a grid over the top ~3 decades reached (√2 apart; consecutive n when the top is
//    small), in several rounds visiting sizes in shuffled order; keep the minimum per size
//    (noise only ever adds time).
import { createRng } from "../random/rng.js";
import type { Point } from "./fit.js";

export interface PlanOptions {
  /** Total time to spend, in milliseconds (default 3000). */
  budgetMs?: number;
  /** Smallest n tried (default 8). */
  minN?: number;
  /** Largest n tried (default 2^16). */
  maxN?: number;
  /** Seed of the round order (default 1). */
  seed?: number;
  /** Measure exactly these sizes (no ladder): how the reference is probed on the user's grid. */
  sizes?: number[];
  /** Share of the budget one call may take at the top of the ladder (default 0.02). */
  perSizeShare?: number;
}

/** "Time one batch of calls at n; about expectedMs per call is expected." */
export interface SampleRequest {
  n: number;
  expectedMs: number;
}

export interface PlanResult {
  /** [n, seconds per call], ascending: the minimum over rounds. */
  points: [number, number][];
  rounds: number;
  /** Why the plan stopped early or could not measure enough sizes. */
  note?: string;
}

export const SAMPLE_MS = 2;
/**
 * 2^16: large enough for three decades above n = 64, small enough that a few arrays of that
 * size stay in the CPU's caches; past it, memory effects bend linear curves upward.
 */
export const DEFAULT_MAX_N = 1 << 16;

export function* probePlan(options: PlanOptions = {}, now: () => number = () => performance.now()): Generator<SampleRequest, PlanResult, number> {
  const started = now();
  const budgetMs = options.budgetMs ?? 3000;
  const minN = Math.max(1, Math.floor(options.minN ?? 8));
  const maxN = Math.max(minN, Math.floor(options.maxN ?? DEFAULT_MAX_N));
  const seed = options.seed ?? 1;
  const perSizeMs = budgetMs * (options.perSizeShare ?? 0.02);
  const elapsed = () => now() - started;
  const best = new Map<number, number>();
  const points = (): [number, number][] => [...best.entries()].sort((a, b) => a[0] - b[0]);

  function* time(n: number, expectedMs: number): Generator<SampleRequest, number, number> {
    const seconds = yield { n, expectedMs };
    const previous = best.get(n);
    if (previous === undefined || seconds < previous) best.set(n, seconds);
    return seconds;
  }

  function* measureGrid(grid: number[], ladder: Point[]): Generator<SampleRequest, number, number> {
    const expectedMs = (size: number) => 1000 * estimate(ladder, size);
    const roundMs = grid.reduce((sum, size) => sum + Math.max(SAMPLE_MS, expectedMs(size)) * 1.3, 0);
    const order = createRng(seed ^ 0x5bd1e995);
    let done = 0;
    while (done < 8 && (done < 2 || elapsed() + roundMs < budgetMs * 0.92)) {
      if (done >= 1 && elapsed() + roundMs > budgetMs * 1.05) break;
      for (const size of order.shuffle([...grid])) yield* time(size, expectedMs(size));
      done++;
    }
    // Ladder sizes off the grid would skew the fit toward the small end.
    for (const size of [...best.keys()]) if (!grid.includes(size)) best.delete(size);
    return done;
  }

  // Warm-up: let the JIT settle at small n.
  const warmN = options.sizes?.length ? Math.min(...options.sizes) : minN;
  const warmUntil = now() + Math.min(50, budgetMs * 0.02);
  do yield* time(warmN, 0.01);
  while (now() < warmUntil);
  best.clear();

  if (options.sizes?.length) {
    const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
    const lo = sizes[0];
    const hi = sizes[sizes.length - 1];
    const ladder: Point[] = [[lo, yield* time(lo, 0.01)]];
    if (hi !== lo) ladder.push([hi, yield* time(hi, ladder[0][1] * 1000 * (hi / lo))]);
    const rounds = yield* measureGrid(sizes, ladder);
    return { points: points(), rounds };
  }

  // 1. The ladder. The first call at a new size is expected to cost what the worst growth we
  // allow for would make it (doubling per +1 of n below 64, cubic above), so a batch is never
  // sized on an optimistic guess.
  const ladder: Point[] = [];
  let n = minN;
  for (;;) {
    const previous = ladder[ladder.length - 1];
    const guessMs = previous
      ? previous[1] * 1000 * (n < 64 ? 2 ** (n - previous[0]) : (n / previous[0]) ** 3)
      : 0.01;
    const ms = (yield* time(n, guessMs)) * 1000;
    ladder.push([n, ms / 1000]);
    if (ms >= perSizeMs * 0.6 || n >= maxN || elapsed() > budgetMs * 0.35) break;
    let next: number;
    if (n < 64) {
      // Exponential code may double its cost per +1 of n: never jump further than that allows.
      next = Math.min(2 * n, n + Math.max(1, Math.floor(Math.log2((perSizeMs * 0.6) / Math.max(ms, 1e-3)))));
    } else {
      let factor = 2;
      if (ladder.length >= 2) {
        const [n0, t0] = ladder[ladder.length - 2];
        const p = Math.log(ms / 1000 / t0) / Math.log(n / n0);
        if (Number.isFinite(p) && p > 0.5) factor = Math.min(2, Math.max(1.2, ((perSizeMs * 0.6) / ms) ** (1 / p)));
      }
      next = Math.ceil(n * factor);
    }
    n = Math.min(maxN, Math.max(n + 1, next));
  }
  const top = ladder[ladder.length - 1][0];
  if (top === minN && ladder[0][1] * 1000 >= perSizeMs) {
    return { points: points(), rounds: 0, note: `too slow to probe: one call at the smallest size n = ${minN} took ${(ladder[0][1] * 1000).toFixed(0)} ms` };
  }

  // 2. The grid over the top ~3 decades.
  const rounds = yield* measureGrid(gridBelow(top, minN), ladder);
  if (best.size < 4) return { points: points(), rounds, note: `only ${best.size} sizes could be measured within the budget` };
  return { points: points(), rounds };
}

/** Sizes below `top`: √2 apart over three decades, or consecutive when the top is small. */
export function gridBelow(top: number, minN: number): number[] {
  const sizes = new Set<number>();
  if (top <= 48) {
    const lowest = Math.max(minN, Math.floor(top / 3));
    const step = Math.max(1, Math.floor((top - lowest) / 14));
    for (let n = top; n >= lowest; n -= step) sizes.add(n);
  } else {
    const lowest = Math.max(minN, top / 1000);
    for (let n = top; n >= lowest; n /= Math.SQRT2) sizes.add(Math.round(n));
  }
  return [...sizes].sort((a, b) => a - b);
}

/** Seconds per call at n, interpolated in log-log space from the ladder. */
function estimate(ladder: Point[], n: number): number {
  const below = [...ladder].reverse().find(([m]) => m <= n) ?? ladder[0];
  const above = ladder.find(([m]) => m >= n) ?? ladder[ladder.length - 1];
  if (below[0] === above[0]) return below[1];
  const p = Math.log(above[1] / below[1]) / Math.log(above[0] / below[0]);
  return below[1] * (n / below[0]) ** p;
}
