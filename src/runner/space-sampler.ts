// Extra memory of one call, in this thread (drill runs it in a worker with a small young
// generation, so short-lived garbage is collected while the call runs).
//
// Heap: collect, call with a GC profile running (every collection a full one, so what each
// leaves alive is live memory, not old garbage), collect again with the result still
// referenced. The peak is the largest of what each collection during the call left alive and
// what is there when it returns; the extra memory is the peak less what stays (the input and
// the output). Typed arrays' buffers count through V8's external memory.
//
// Stack: deep recursion uses the stack, not the heap. drill finds how much stack the call
// needs by running it with less and less stack left (filled by a recursion of its own) until
// it overflows, and counts that in bytes too.
import { copyInput } from "./values.js";
import { GCProfiler, getHeapStatistics } from "node:v8";

/** What the space plan asks for: the extra heap of one call at n, or the stack it needs. */
export interface SpaceRequest {
  n: number;
  part: "heap" | "stack";
}

export interface SpaceSample {
  /** Extra bytes at the call's peak, beyond its input and its output (heap) or its stack need. */
  bytes: number;
  /** How long one call took (the plan stops before calls get slow). */
  ms: number;
  /**
   * What the output adds to the heap once the call is over (TypeScript only). Arrays the output
   * outgrew while `push` built it stay in the heap, dead, until the next collection: up to
   * about twice the output, counted in `bytes` when no collection came during the call.
   */
  outputBytes?: number;
  /** What the collections during the call saw alive beside the input and output, when any ran (TypeScript only). */
  liveBytes?: number;
  /** The call threw at this size (a stack overflow, most often): the plan stops growing n. */
  error?: string;
  /** The probe's time ran out before this size was measured: the plan stops here. */
  timedOut?: boolean;
}

/** The stack of the worker that measures space (and of every solution worker). */
export const SPACE_STACK_MB = 16;

/** The heap and the memory outside it that V8 knows of (typed arrays' buffers). */
const heapBytes = () => {
  const stats = getHeapStatistics();
  return stats.used_heap_size + stats.external_memory;
};

let sink: unknown;

/** Every object reachable from a value (typed arrays' contents are not walked). */
function objectsIn(value: unknown): object[] {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) continue;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === "object" && child !== null) pending.push(child);
  }
  return [...seen];
}

/** Fills `depth` frames of stack, then runs `then` on top of them (no allocation per frame). */
function fill(depth: number, then: () => unknown): unknown {
  if (depth <= 0) return then();
  const result = fill(depth - 1, then);
  return result;
}

function fitsWithin(depth: number, then: () => unknown): boolean {
  try {
    sink = fill(depth, then);
    return true;
  } catch (error) {
    if (error instanceof RangeError && /call stack/.test(error.message)) return false;
    throw error;
  }
}

/** The deepest `fill` this thread can hold: a binary search, each step a few ms of stack. */
function deepestFill(stackBytes: number): number {
  let lo = 0;
  let hi = Math.ceil(stackBytes / 32); // no frame is smaller
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fitsWithin(mid, () => 0)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The deepest `fill` this thread can hold, and so the stack bytes one fill frame takes. Fill's
 * frames shrink once the JIT optimises it, so it runs a few times before it is measured.
 */
function stackScale(stackBytes: number): { depth: number; bytesPerFrame: number } {
  for (let i = 0; i < 20; i++) fitsWithin(10_000, () => 0);
  const depth = deepestFill(stackBytes);
  return { depth, bytesPerFrame: stackBytes / Math.max(depth, 1) };
}

export function createSpaceSampler<I>(fn: (input: I) => unknown, makeInput: (n: number) => I, options: { gc: () => void; stackBytes: number }) {
  let scale: { depth: number; bytesPerFrame: number } | undefined;

  /** The last answer: the next size starts its search there (sizes only grow). */
  let lastFill: number | undefined;

  const stackNeeded = (input: () => I): number => {
    scale ??= stackScale(options.stackBytes);
    // The deepest fill under which the call still completes. Copies are made outside the fill:
    // structuredClone's own stack must not be counted.
    const fits = (depth: number) => {
      const copy = input();
      return fitsWithin(depth, () => fn(copy));
    };
    if (!fits(0)) return options.stackBytes;
    let lo = 0;
    let hi = scale.depth;
    if (lastFill !== undefined) {
      // Larger inputs need at least as much stack: search down from the last answer.
      if (fits(lastFill)) return finish(lastFill);
      let step = 1;
      while (lastFill - step > 0 && !fits(lastFill - step)) step *= 2;
      lo = Math.max(0, lastFill - step);
      hi = lastFill - step / 2 - 1;
      if (step === 1) hi = lo;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    return finish(lo);
  };

  const finish = (fill: number): number => {
    lastFill = fill;
    return Math.max(0, (scale!.depth - fill) * scale!.bytesPerFrame);
  };

  // A collection frees array buffers' memory on a background thread, finished by the next
  // collection: two in a row leave totals that are exact.
  const collect = () => {
    options.gc();
    options.gc();
  };

  /** First calls allocate compiled code and run in bigger, unoptimised frames: warm up before measuring. */
  let warm = false;
  const warmUp = (n: number) => {
    if (warm) return;
    warm = true;
    for (let i = 0; i < 5; i++) sink = fn(copyInput(makeInput(n)));
  };

  const heapNeeded = (input: I): { bytes: number; ms: number; outputBytes: number; liveBytes?: number } => {
    // Every object of the input stays referenced until the last reading: code that unlinks part
    // of its input (reversing half a list in place) would otherwise see it collected after the
    // call and be charged its size as extra memory.
    const pinned = objectsIn(input);
    options.gc(); // one is enough here: only the reading after the call must be exact
    const before = heapBytes(); // the input alone
    const profiler = new GCProfiler();
    profiler.start();
    const t0 = performance.now();
    let result: unknown;
    try {
      result = fn(input);
    } catch (error) {
      profiler.stop();
      throw error;
    }
    const ms = performance.now() - t0;
    // At its end (with the young garbage it left, up to the young generation's size: the noise)…
    const atEnd = heapBytes();
    // …and what each collection during the call left alive: its live memory at that moment.
    const during = profiler.stop().statistics.map(({ afterGC }) => afterGC.heapStatistics.usedHeapSize + afterGC.heapStatistics.externalMemory);
    const peak = Math.max(atEnd, ...during);
    collect();
    const kept = heapBytes(); // the input and the output, still referenced
    sink = [result, pinned];
    return { bytes: peak - kept, ms, outputBytes: Math.max(0, kept - before), ...(during.length ? { liveBytes: Math.max(0, Math.max(...during) - kept) } : {}) };
  };

  const measure = ({ n, part }: SpaceRequest): SpaceSample => {
    warmUp(n);
    const original = makeInput(n);
    if (part === "heap") return heapNeeded(copyInput(original));
    const t0 = performance.now();
    sink = fn(copyInput(original));
    const ms = performance.now() - t0;
    return { bytes: stackNeeded(() => copyInput(original)), ms };
  };

  return (request: SpaceRequest): SpaceSample => {
    try {
      return measure(request);
    } catch (error) {
      return { bytes: 0, ms: 0, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
}
