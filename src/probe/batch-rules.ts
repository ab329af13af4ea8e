// How a time sample is made, the same for every language: which inputs a size gets and how
// many calls one batch holds. drill decides; the runtime (a worker thread, a Python process, or
// this thread for the library) only runs and times the batch.
import { createRng, deriveSeed, type Rng } from "../random/rng.js";

/** One batch lasts about this long, so timer resolution and call overhead vanish. */
export const SAMPLE_MS = 2;
/** Batches whose calls each need a fresh copy of the input are shorter (copies cost budget). */
export const COPIED_SAMPLE_MS = 0.5;
export const MAX_BATCH = 20_000;
/** Different inputs per size, at most; the numbers they may hold together; the time allowed to make them. */
export const MAX_VARIANTS = 64;
export const VARIANT_VALUES = 32_768;
export const VARIANT_MS = 15;
/** Calls expected to take longer than this get a garbage collection before their batch. */
export const GC_BEFORE_MS = 5;

export type Generate<I> = (n: number, rng: Rng) => I;

export interface BatchSize {
  reps: number;
  copiedReps: number;
  gc: boolean;
}

/** How many calls one batch holds when one call is expected to take `expectedMs`. */
export function batchSize(expectedMs: number): BatchSize {
  const per = Math.max(expectedMs, 1e-6);
  const reps = (ms: number) => Math.max(1, Math.min(MAX_BATCH, Math.ceil(ms / per)));
  return { reps: reps(SAMPLE_MS), copiedReps: reps(COPIED_SAMPLE_MS), gc: expectedMs > GC_BEFORE_MS };
}

/**
 * The inputs of size n: up to MAX_VARIANTS different ones, made within a small time allowance
 * and small enough together to stay in cache (cycling through many large inputs would add
 * cache misses that a single input does not have). The same seed gives the same inputs, so the
 * solution and the reference are timed on the same data.
 */
export function makeVariants<I>(generate: Generate<I>, n: number, seed: number, now: () => number = () => performance.now()): I[] {
  const make = (variant: number) => generate(n, createRng(deriveSeed(seed, n * 1031 + variant)));
  const first = make(0);
  const cap = Math.max(1, Math.floor(VARIANT_VALUES / Math.max(1, countValues(first))));
  const list = [first];
  const until = now() + VARIANT_MS;
  while (list.length < Math.min(MAX_VARIANTS, cap) && now() < until) list.push(make(list.length));
  return list;
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
