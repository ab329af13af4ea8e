// The probe: time a function on generated inputs of growing n and fit the curve.
//
// 1. Warm up at small n, then climb an adaptive ladder: double n while one call stays well
//    under the per-size target, with smaller steps as the target nears (extrapolated from the
//    last two sizes), and — below n = 64 — no faster than cost doubling per +1 of n, so
//    exponential code cannot run away.
// 2. Measure a grid over the top ~3 decades reached (√2 apart; consecutive n when the top is
//    small), in several rounds visiting sizes in shuffled order. Each sample is batched to at
//    least a couple of milliseconds; inputs are generated (and copied) outside the timed
//    region; the minimum per size is kept (noise only ever adds time).
// 3. Fit with fit.ts and report the class, the points, the slope and the runners-up.
//
// This runs synchronously in the caller's thread: drill runs it inside a worker (or the
// Python harness) it can kill; called directly, a call that never returns cannot be stopped.
import { createRng, deriveSeed, type Rng } from "../random/rng.js";
import type { ComplexityClass } from "../registry/complexity.js";
import { fitComplexity, type ClassScore, type FitOptions, type Point } from "./fit.js";

export interface ProbeOptions {
  /** Total time to spend, in milliseconds (default 3000). */
  budgetMs?: number;
  /** Smallest n tried (default 8). */
  minN?: number;
  /** Largest n tried (default 2^20). */
  maxN?: number;
  /** Seed of the input generator's random numbers (default 1). */
  seed?: number;
  /** Copy each input before each call, for functions that modify their input (default true). */
  copyInputs?: boolean;
  /** Called as sizes are measured (progress, and the largest n reached if the probe is killed). */
  onPoint?: (n: number, seconds: number) => void;
  fit?: FitOptions;
  /** Measure exactly these sizes (no ladder): how the reference is probed on the user's grid. */
  sizes?: number[];
  /** Share of the budget one call may take at the top of the ladder (default 0.02). */
  perSizeShare?: number;
  /** Forces a garbage collection (for example globalThis.gc under --expose-gc); used before large samples. */
  gc?: () => void;
}

export interface ProbeResult {
  /** The measured class, or null when too few sizes could be measured (see note). */
  measured: ComplexityClass | null;
  /** [n, seconds per call], ascending n: the minimum over rounds for each size. */
  points: [number, number][];
  /** Slope of log(time) against log(n). */
  slope: number;
  /** Every class with its fit score (relative RMS error), best first. */
  alternatives: ClassScore[];
  nRange: [number, number];
  rounds: number;
  elapsedMs: number;
  /** Why the probe stopped early or could not decide. */
  note?: string;
  /** The call threw at this n. */
  error?: { n: number; message: string };
}

export type Generate<I> = (n: number, rng: Rng) => I;

const SAMPLE_MS = 2;
const MAX_BATCH = 20_000;

let sink: unknown;

class CallFailed extends Error {
  constructor(
    readonly n: number,
    readonly thrown: unknown,
  ) {
    super(thrown instanceof Error ? thrown.message : String(thrown));
  }
}

export function probe<I>(fn: (input: I) => unknown, generate: Generate<I>, options: ProbeOptions = {}): ProbeResult {
  const started = performance.now();
  const budgetMs = options.budgetMs ?? 3000;
  const minN = Math.max(1, Math.floor(options.minN ?? 8));
  const maxN = Math.max(minN, Math.floor(options.maxN ?? 1 << 20));
  const seed = options.seed ?? 1;
  const copy = options.copyInputs ?? true;
  const perSizeMs = budgetMs * (options.perSizeShare ?? 0.02);
  const elapsed = () => performance.now() - started;
  const inputs = new Map<number, I>();
  const best = new Map<number, number>();

  const inputFor = (n: number): I => {
    let input = inputs.get(n);
    if (input === undefined) {
      input = generate(n, createRng(deriveSeed(seed, n)));
      inputs.set(n, input);
    }
    return input;
  };

  /** Sizes at which a call was seen to change its input: those get a fresh copy per call. */
  const mutates = new Map<number, boolean>();
  const mutatesAt = (n: number, input: I): boolean => {
    let known = mutates.get(n);
    if (known === undefined) {
      const probeCopy = structuredClone(input);
      try {
        sink = fn(probeCopy);
      } catch (error) {
        throw new CallFailed(n, error);
      }
      known = !sameValue(probeCopy, input);
      mutates.set(n, known);
    }
    return known;
  };

  /** Seconds per call at n: one timed batch of calls (on fresh copies when the function changes its input). */
  const sample = (n: number, expectedMs: number): number => {
    const input = inputFor(n);
    const reps = Math.max(1, Math.min(MAX_BATCH, Math.ceil(SAMPLE_MS / Math.max(expectedMs, 1e-6))));
    const fresh = copy && mutatesAt(n, input);
    const copies = Array.from({ length: reps }, () => (fresh ? structuredClone(input) : input));
    if (expectedMs > 5) options.gc?.();
    const t0 = performance.now();
    try {
      for (let i = 0; i < reps; i++) sink = fn(copies[i]);
    } catch (error) {
      throw new CallFailed(n, error);
    }
    const seconds = (performance.now() - t0) / 1000 / reps;
    const previous = best.get(n);
    if (previous === undefined || seconds < previous) best.set(n, seconds);
    options.onPoint?.(n, seconds);
    return seconds;
  };

  const finish = (extra: Partial<ProbeResult>): ProbeResult => {
    const points = [...best.entries()].sort((a, b) => a[0] - b[0]).map(([n, s]) => [n, s] as [number, number]);
    const base: ProbeResult = {
      measured: null,
      points,
      slope: 0,
      alternatives: [],
      nRange: points.length ? [points[0][0], points[points.length - 1][0]] : [minN, minN],
      rounds: 0,
      elapsedMs: elapsed(),
    };
    if (points.length >= 4 && !extra.note) {
      const fit = fitComplexity(points, options.fit);
      Object.assign(base, { measured: fit.measured, slope: fit.slope, alternatives: fit.scores });
    }
    return { ...base, ...extra, elapsedMs: elapsed() };
  };

  /** Several rounds over the grid, sizes in shuffled order, while the budget lasts; returns the rounds run. */
  const measureGrid = (grid: number[], ladder: Point[]): number => {
    const expectedMs = (size: number) => 1000 * estimate(ladder, size);
    const roundMs = grid.reduce((sum, size) => sum + Math.max(SAMPLE_MS, expectedMs(size)) * 1.3, 0);
    const order = createRng(seed ^ 0x5bd1e995);
    // Inputs in ascending n after a collection, so their allocation does not land inside a timed call.
    options.gc?.();
    for (const size of grid) inputFor(size);
    let done = 0;
    while (done < 8 && (done < 2 || elapsed() + roundMs < budgetMs * 0.92)) {
      if (done >= 1 && elapsed() + roundMs > budgetMs * 1.05) break;
      for (const size of order.shuffle([...grid])) sample(size, expectedMs(size));
      done++;
    }
    // Ladder sizes off the grid would skew the fit toward the small end.
    for (const size of [...best.keys()]) if (!grid.includes(size)) best.delete(size);
    return done;
  };

  /** A rough cost model for fixed sizes: one call at the smallest and the largest. */
  const ladderOf = (sizes: number[]): Point[] => {
    const lo = Math.min(...sizes);
    const hi = Math.max(...sizes);
    const points: Point[] = [[lo, sample(lo, 0.01)]];
    if (hi !== lo) points.push([hi, sample(hi, points[0][1] * 1000 * (hi / lo))]);
    return points;
  };

  let rounds = 0;
  try {
    // Warm-up: let the JIT settle at small n.
    const warmUntil = performance.now() + Math.min(50, budgetMs * 0.02);
    const warmN = options.sizes?.length ? Math.min(...options.sizes) : minN;
    do sample(warmN, 0.01);
    while (performance.now() < warmUntil);
    best.clear();

    if (options.sizes?.length) return finish({ rounds: measureGrid([...new Set(options.sizes)].sort((a, b) => a - b), ladderOf(options.sizes)) });

    // 1. The ladder.
    const ladder: Point[] = [];
    let n = minN;
    for (;;) {
      const ms = sample(n, ladder.length ? ladder[ladder.length - 1][1] * 1000 : 0.01) * 1000;
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
      return finish({ note: `too slow to probe: one call at the smallest size n = ${minN} took ${(ladder[0][1] * 1000).toFixed(0)} ms` });
    }

    // 2. The grid over the top ~3 decades.
    const grid = gridBelow(top, minN);
    rounds = measureGrid(grid, ladder);
    if (best.size < 4) return finish({ rounds, note: `only ${best.size} sizes could be measured within the budget` });
    return finish({ rounds });
  } catch (error) {
    if (error instanceof CallFailed) {
      return finish({ rounds, error: { n: error.n, message: error.message }, note: `the function threw at n = ${error.n}: ${error.message}` });
    }
    throw error;
  }
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

/** Deep equality for inputs: arrays, typed arrays, plain objects, Maps, Sets, primitives. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameValue(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** Seconds per call at n, interpolated in log-log space from the ladder. */
function estimate(ladder: Point[], n: number): number {
  const below = [...ladder].reverse().find(([m]) => m <= n) ?? ladder[0];
  const above = ladder.find(([m]) => m >= n) ?? ladder[ladder.length - 1];
  if (below[0] === above[0]) return below[1];
  const p = Math.log(above[1] / below[1]) / Math.log(above[0] / below[0]);
  return below[1] * (n / below[0]) ** p;
}

export function keepSink(): unknown {
  return sink;
}
