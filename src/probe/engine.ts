// probe(fn, generate, options) and probeSpace(fn, generate, options): the time and the extra
// memory of a function, measured in this thread with the same plans, input variants and batch
// rules drill uses on solutions (there, the runtime is a worker or a Python process).
//
// Synchronous: drill runs solutions in a worker it can kill; called directly, a call that never
// returns cannot be stopped.
import { createBatchTimer } from "../runner/timing.js";
import { findGc, fullCollections } from "../runner/gc.js";
import { createSpaceSampler, SPACE_STACK_MB } from "../runner/space-sampler.js";
import { createRng, deriveSeed } from "../random/rng.js";
import { batchSize, makeVariants, type Generate } from "./batch-rules.js";
import type { FitOptions } from "./fit.js";
import { probePlan, type PlanOptions } from "./plan.js";
import { toProbeResult, type ProbeResult } from "./result.js";
import { SPACE_NOISE_BYTES, spacePlan, type SpaceResult } from "./space-plan.js";

export type { ProbeResult } from "./result.js";
export type { Generate } from "./batch-rules.js";

export interface ProbeOptions extends Omit<PlanOptions, "withReference"> {
  /** Called as sizes are measured. */
  onPoint?: (n: number, seconds: number) => void;
  fit?: FitOptions;
  /** Forces a garbage collection (default: V8's, when it can be had); used before large samples. */
  gc?: () => void;
}

export function probe<I>(fn: (input: I) => unknown, generate: Generate<I>, options: ProbeOptions = {}): ProbeResult {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const time = createBatchTimer(fn, options.gc ?? findGc());
  const inputs = new Map<number, I[]>();
  const plan = probePlan({ ...options, withReference: false });
  let step = plan.next();
  while (!step.done) {
    const { n, expectedMs } = step.value;
    let variants = inputs.get(n);
    if (!variants) inputs.set(n, (variants = makeVariants(generate, n, seed)));
    let seconds: number;
    try {
      seconds = time(variants, batchSize(expectedMs)).seconds;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return toProbeResult({ points: [], reference: null, rounds: 0 }, performance.now() - started, { error: { n, message } });
    }
    options.onPoint?.(n, seconds);
    step = plan.next(seconds);
  }
  return toProbeResult(step.value, performance.now() - started, { fit: options.fit });
}

export interface SpaceProbeOptions {
  /** Total time to spend, in milliseconds (default 3000). */
  budgetMs?: number;
  minN?: number;
  maxN?: number;
  seed?: number;
}

/**
 * The extra memory of one call (beyond its input and its output) at growing n, fitted to a
 * class. Needs a full collection on demand: drill gets one from V8 even without --expose-gc.
 * Readings below the noise of a shared heap (about 1.5 MB) cannot tell classes apart: the result
 * then says so instead of naming one.
 */
export function probeSpace<I>(fn: (input: I) => unknown, generate: Generate<I>, options: SpaceProbeOptions = {}): SpaceResult {
  const gc = findGc();
  if (!gc) return { measured: null, points: [], note: "no garbage collection on demand in this process: run node with --expose-gc" };
  const seed = options.seed ?? 1;
  const sample = createSpaceSampler(fn, (n) => generate(n, createRng(deriveSeed(seed, n * 1031))), { gc, stackBytes: SPACE_STACK_MB * 1024 * 1024 });
  const plan = spacePlan({ ...options, noiseBytes: SPACE_NOISE_BYTES.ts });
  fullCollections(true);
  try {
    let step = plan.next();
    while (!step.done) step = plan.next(sample(step.value));
    return step.value;
  } finally {
    fullCollections(false);
  }
}
