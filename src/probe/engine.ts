// probe(fn, generate, options): the time complexity of a function, measured in this thread.
// Inputs are generated (and copied, for functions that change them) outside the timed
// region; each sample is a batch of calls lasting a couple of milliseconds; a collection
// runs before large samples when a gc function is given.
//
// Synchronous: drill runs it inside a worker it can kill; called directly, a call that never
// returns cannot be stopped.
import { createRng, deriveSeed, type Rng } from "../random/rng.js";
import type { FitOptions } from "./fit.js";
import { probePlan, SAMPLE_MS, type PlanOptions, type PlanResult } from "./plan.js";
import { toProbeResult, type ProbeResult } from "./result.js";

export type { ProbeResult } from "./result.js";

export interface ProbeOptions extends PlanOptions {
  /** Copy each input before each call when a call was seen to change it (default true). */
  copyInputs?: boolean;
  /** Called as sizes are measured (progress, and the largest n reached if the probe is killed). */
  onPoint?: (n: number, seconds: number) => void;
  fit?: FitOptions;
  /** Forces a garbage collection (for example globalThis.gc under --expose-gc); used before large samples. */
  gc?: () => void;
}

export type Generate<I> = (n: number, rng: Rng) => I;

const MAX_BATCH = 20_000;

let sink: unknown;

export class CallFailed extends Error {
  constructor(
    readonly n: number,
    readonly thrown: unknown,
  ) {
    super(thrown instanceof Error ? thrown.message : String(thrown));
  }
}

/** Times `fn` on inputs from `generate`; one call is one sample request of the plan. */
export function createSampler<I>(fn: (input: I) => unknown, generate: Generate<I>, options: ProbeOptions = {}) {
  const seed = options.seed ?? 1;
  const copy = options.copyInputs ?? true;
  const inputs = new Map<number, I>();
  const mutates = new Map<number, boolean>();

  const inputFor = (n: number): I => {
    let input = inputs.get(n);
    if (input === undefined) {
      input = generate(n, createRng(deriveSeed(seed, n)));
      inputs.set(n, input);
    }
    return input;
  };

  /** Whether a call changes its input at this size (then every call gets a fresh copy). */
  const mutatesAt = (n: number, input: I): boolean => {
    let known = mutates.get(n);
    if (known === undefined) {
      const trial = structuredClone(input);
      try {
        sink = fn(trial);
      } catch (error) {
        throw new CallFailed(n, error);
      }
      known = !sameValue(trial, input);
      mutates.set(n, known);
    }
    return known;
  };

  return (n: number, expectedMs: number): number => {
    const input = inputFor(n);
    const reps = Math.max(1, Math.min(MAX_BATCH, Math.ceil(SAMPLE_MS / Math.max(expectedMs, 1e-6))));
    const fresh = copy && mutatesAt(n, input);
    const batch = Array.from({ length: reps }, () => (fresh ? structuredClone(input) : input));
    if (expectedMs > 5) options.gc?.();
    const t0 = performance.now();
    try {
      for (let i = 0; i < reps; i++) sink = fn(batch[i]);
    } catch (error) {
      throw new CallFailed(n, error);
    }
    const seconds = (performance.now() - t0) / 1000 / reps;
    options.onPoint?.(n, seconds);
    return seconds;
  };
}

export function probe<I>(fn: (input: I) => unknown, generate: Generate<I>, options: ProbeOptions = {}): ProbeResult {
  const started = performance.now();
  const sample = createSampler(fn, generate, options);
  const plan = probePlan(options);
  let step = plan.next();
  let measured: PlanResult["points"] = [];
  try {
    while (!step.done) {
      const seconds = sample(step.value.n, step.value.expectedMs);
      measured = [...measured, [step.value.n, seconds]];
      step = plan.next(seconds);
    }
  } catch (error) {
    if (!(error instanceof CallFailed)) throw error;
    return toProbeResult({ points: [], rounds: 0 }, performance.now() - started, { error: { n: error.n, message: error.message } });
  }
  return toProbeResult(step.value, performance.now() - started, { fit: options.fit });
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

export function keepSink(): unknown {
  return sink;
}
