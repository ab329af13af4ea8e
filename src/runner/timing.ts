// Timing one batch of calls, in the thread that runs the solution. drill's probe plan decides
// which sizes, which inputs and how many calls; this only runs and times them. Inputs are
// copied before the timed loop when a call was seen to change its input.
import { readFileSync } from "node:fs";
import { copyInput } from "./values.js";

export type Call<I> = (input: I) => unknown;

let sink: unknown;

/** What one batch measured: seconds per call, and whether a call changes its input. */
export interface BatchTiming {
  seconds: number;
  mutates: boolean;
}

export interface BatchRequest {
  /** Calls in the batch when inputs can be shared… */
  reps: number;
  /** …and when every call needs a fresh copy (copies cost budget outside the timed loop). */
  copiedReps: number;
  /** Collect garbage before the batch (large calls). */
  gc?: boolean;
}

/**
 * Times `reps` calls cycling through `variants`: replaying one input thousands of times lets
 * the branch predictor learn it, which makes small sizes look cheaper than large ones.
 */
export function createBatchTimer<I>(fn: Call<I>, gc?: () => void, waited: WaitClock | null = waitedMs) {
  const mutatesAt = new WeakMap<I[], boolean>();

  /** Whether a call changes its input (then every call gets a fresh copy); checked once per input list. */
  const mutates = (variants: I[]): boolean => {
    let known = mutatesAt.get(variants);
    if (known !== undefined) return known;
    let trial: I;
    try {
      trial = copyInput(variants[0]);
    } catch {
      // Too deep to copy (a long chain of nodes): assume the input is left alone.
      mutatesAt.set(variants, false);
      return false;
    }
    sink = fn(trial);
    try {
      known = !sameValue(trial, variants[0]);
    } catch {
      known = false;
    }
    mutatesAt.set(variants, known);
    return known;
  };

  return (variants: I[], request: BatchRequest): BatchTiming => {
    const fresh = mutates(variants);
    const reps = Math.max(1, fresh ? request.copiedReps : request.reps);
    const batch = Array.from({ length: reps }, (_, i) => (fresh ? copyInput(variants[i % variants.length]) : variants[i % variants.length]));
    if (request.gc && gc) {
      gc();
      // The call right after a forced collection can run several times slower than the ones
      // after it (V8 re-optimising it, as far as we can tell): one untimed call lets it
      // settle, or a correct solution reads slower at every size large enough to get one.
      sink = fn(fresh ? copyInput(variants[0]) : batch[0]);
    }
    const clock = startClock(waited);
    for (let i = 0; i < reps; i++) sink = fn(batch[i]);
    return { seconds: elapsedSeconds(clock, waited) / reps, mutates: fresh };
  };
}

/** Milliseconds this thread has spent waiting for a CPU so far. */
export type WaitClock = () => number;

/**
 * How long this thread has waited for a CPU so far, in milliseconds, where Linux tells it: the
 * second field of /proc/thread-self/schedstat (nanoseconds spent runnable but not running),
 * read in ~6 µs. Unlike the first field (time run, brought up to date only at scheduler
 * ticks), it is exact whenever the thread itself reads it: its last wait ended when it was
 * given the CPU to do so. Null elsewhere.
 */
function waitClock(): WaitClock | null {
  const read = () => Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[1]) / 1e6;
  try {
    return Number.isFinite(read()) ? read : null;
  } catch {
    return null;
  }
}

const waitedMs = waitClock();

interface Clock {
  /** When the timed window opened. */
  wall: number;
  waited: number;
  cpu: number;
  /** How long the opening readings took, waits during them included. */
  readingMs: number;
}

function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The slow readings (a file read, a system call: microseconds) come first, so the wall clock does not time them. */
function startClock(waited: WaitClock | null): Clock {
  const before = performance.now();
  const waitedSoFar = waited?.() ?? 0;
  const cpu = waited ? 0 : processCpuMs();
  const wall = performance.now();
  return { waited: waitedSoFar, cpu, wall, readingMs: wall - before };
}

/**
 * The time a batch took, less the time it was kept waiting. On a busy machine a batch is
 * preempted, which inflates wall-clock time (on a 2-core machine at a load of 15, a 160 ms
 * loop takes 700 ms of wall time). On Linux the thread's own wait for a CPU is subtracted —
 * but only what the timed window can hold: the wait readings sit outside it, and a thread
 * preempted between a reading and the wall clock (a few ms on a busy machine) counts that wait
 * without the window having lasted it, and the batch reads faster than it ran. What the
 * readings themselves lasted is taken off the wait first, so that never happens.
 * Elsewhere the process's CPU time stands in: other threads working in parallel (V8's
 * compiler and collector) inflate it instead, which wall-clock time does not count — so the
 * minimum of the two is the better estimate there.
 */
function elapsedSeconds(start: Clock, waited: WaitClock | null): number {
  const end = performance.now();
  const wallMs = end - start.wall;
  let busyMs: number;
  if (waited) {
    const waitMs = waited() - start.waited;
    const readingMs = start.readingMs + (performance.now() - end);
    busyMs = wallMs - Math.max(0, waitMs - readingMs);
  } else {
    busyMs = processCpuMs() - start.cpu;
  }
  // A reading of (almost) nothing is the two clocks disagreeing, not a free batch: keep the wall time.
  return (busyMs > wallMs * 0.02 ? Math.min(wallMs, busyMs) : wallMs) / 1000;
}

/**
 * Deep equality for inputs: arrays, typed arrays, plain objects, Maps, Sets, primitives. A pair
 * of objects already being compared counts as equal, so linked structures with cycles (a list's
 * tail linked back) end.
 */
export function sameValue(a: unknown, b: unknown, pairs = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (pairs.get(a) === b) return true;
  pairs.set(a, b);
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], pairs)) return false;
    return true;
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameValue(v, b.get(k), pairs)) return false;
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
  for (const k of ka) if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], pairs)) return false;
  return true;
}

/** Keeps the last result reachable, so the calls cannot be optimised away. */
export function lastResult(): unknown {
  return sink;
}
