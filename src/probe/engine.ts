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
const COPIED_SAMPLE_MS = 0.5;
/** Different inputs per size, at most; the numbers they may hold together; the time allowed to make them. */
const MAX_VARIANTS = 64;
const VARIANT_VALUES = 32_768;
const VARIANT_MS = 15;

let sink: unknown;

export class CallFailed extends Error {
  constructor(
    readonly n: number,
    readonly thrown: unknown,
  ) {
    super(thrown instanceof Error ? thrown.message : String(thrown));
  }
}

/**
 * Times `fn` on inputs from `generate`; one call is one sample request of the plan.
 *
 * A batch of calls cycles through several different inputs of the same size: replaying one
 * input thousands of times lets the branch predictor learn it, which makes small sizes (where
 * batches are long) look cheaper than large ones and bends the curve upward.
 */
export function createSampler<I>(fn: (input: I) => unknown, generate: Generate<I>, options: ProbeOptions = {}) {
  const seed = options.seed ?? 1;
  const copy = options.copyInputs ?? true;
  const inputs = new Map<number, { list: I[]; cap: number }>();
  const mutates = new Map<number, boolean>();

  const make = (n: number, variant: number) => generate(n, createRng(deriveSeed(seed, n * 1031 + variant)));

  /**
   * Up to `wanted` different inputs of size n, made within a small time allowance, and small
   * enough together to stay in cache (cycling through many large inputs would add cache misses
   * that a single input does not have).
   */
  const inputsFor = (n: number, wanted: number): I[] => {
    let entry = inputs.get(n);
    if (!entry) {
      const first = make(n, 0);
      entry = { list: [first], cap: Math.max(1, Math.floor(VARIANT_VALUES / Math.max(1, countValues(first)))) };
      inputs.set(n, entry);
    }
    const { list } = entry;
    const until = performance.now() + VARIANT_MS;
    while (list.length < Math.min(wanted, MAX_VARIANTS, entry.cap) && performance.now() < until) list.push(make(n, list.length));
    return list;
  };

  /** Whether a call changes its input at this size (then every call gets a fresh copy). */
  const mutatesAt = (n: number, input: I): boolean => {
    let known = mutates.get(n);
    if (known === undefined) {
      let trial: I;
      try {
        trial = structuredClone(input);
      } catch {
        // Too deep to copy (a long chain of nodes): assume the input is left alone.
        mutates.set(n, false);
        return false;
      }
      try {
        sink = fn(trial);
      } catch (error) {
        throw new CallFailed(n, error);
      }
      try {
        known = !sameValue(trial, input);
      } catch {
        known = false;
      }
      mutates.set(n, known);
    }
    return known;
  };

  return (n: number, expectedMs: number): number => {
    const first = inputsFor(n, 1)[0];
    const fresh = copy && mutatesAt(n, first);
    // Copies are made outside the timed region but cost budget: batches of copied calls are shorter.
    const sampleMs = fresh ? COPIED_SAMPLE_MS : SAMPLE_MS;
    const reps = Math.max(1, Math.min(MAX_BATCH, Math.ceil(sampleMs / Math.max(expectedMs, 1e-6))));
    const variants = inputsFor(n, reps);
    const batch = Array.from({ length: reps }, (_, i) => (fresh ? structuredClone(variants[i % variants.length]) : variants[i % variants.length]));
    if (expectedMs > 5) options.gc?.();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    try {
      for (let i = 0; i < reps; i++) sink = fn(batch[i]);
    } catch (error) {
      throw new CallFailed(n, error);
    }
    const seconds = elapsedSeconds(t0, cpu0) / reps;
    options.onPoint?.(n, seconds);
    return seconds;
  };
}

/**
 * The time a batch took: the smaller of wall-clock and process CPU time. On a busy machine a
 * long call is preempted more often than a short one, which bends wall-clock curves upward
 * (an O(n) scan starts to look like O(n log n)); CPU time does not count the waiting. Other
 * threads working in parallel inflate process CPU time instead, which wall-clock time does not
 * count — so the minimum of the two is the better estimate either way.
 */
function elapsedSeconds(t0: number, cpu0: NodeJS.CpuUsage): number {
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return Math.min(wallMs, cpuMs) / 1000;
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

/** Roughly how many values an input holds (array elements, object fields), counting up to a limit. */
export function countValues(value: unknown, limit = VARIANT_VALUES + 1): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length && count < limit) {
    const v = stack.pop();
    count++;
    if (ArrayBuffer.isView(v)) count += (v as unknown as ArrayLike<number>).length ?? 0;
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v instanceof Map || v instanceof Set) count += v.size;
    else if (typeof v === "object" && v !== null) for (const x of Object.values(v)) stack.push(x);
    else if (typeof v === "string") count += v.length >> 3;
  }
  return count;
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
