// The space probe's plan. First the heap: the extra memory of one call at doubling sizes until
// it is well above the measurement noise (or a call gets slow, or the budget runs out). When the
// heap never rises above the noise, the stack decides: how much of it the call needs (deep
// recursion), measured at a few sizes spread over the same range, since each costs a search.
// Written as a generator, like the time plan, so the same plan drives TypeScript (in a worker)
// and Python (in its harness).
import { fitComplexity, logLogSlope } from "./fit.js";
import { CLASS_POWER } from "./verdict.js";
import { complexityRank, type ComplexityClass } from "../registry/complexity.js";

import type { SpaceRequest, SpaceSample } from "../runner/space-sampler.js";

export type { SpaceRequest, SpaceSample };

export interface SpacePlanOptions {
  budgetMs?: number;
  minN?: number;
  maxN?: number;
  /** Below this many heap bytes at every size, the stack decides. */
  noiseBytes: number;
  /** Readings at smaller sizes are set aside when enough larger ones rose above the noise. */
  trustFrom?: number;
  /** How much a hash table's capacity can grow in one step (default: V8's, 2). */
  tableGrowth?: number;
  /** Measure exactly these sizes (the reference, on the solution's sizes). */
  sizes?: number[];
}

export interface SpaceResult {
  measured: ComplexityClass | null;
  /** [n, extra bytes], ascending n: the heap's, or the stack's when the stack decided. */
  points: [number, number][];
  /** Which of the two the verdict rests on. */
  basis?: "heap" | "stack";
  note?: string;
}

/**
 * How noisy one reading is, per language: TypeScript's includes the young generation's
 * garbage at the end of the call; Python's tracemalloc counts exactly (a loop over two
 * variables reads about 200 bytes at every n, sorting n ints 8n bytes), less a few blocks the
 * interpreter caches.
 */
/**
 * Python caches the ints up to 256; past them every value held is an object of its own, so
 * memory per element grows by 28 bytes between n = 256 and a few thousand: an O(n) list reads
 * as n^1.4 there.
 */
export const SPACE_TRUST_FROM = { ts: 0, py: 2048, torch: 2048 } as const;

/** V8's Maps and Sets double their capacity; Python's sets quadruple theirs below 50,000 entries (torch solutions hold tensors). */
export const SPACE_TABLE_GROWTH = { ts: 2, py: 4, torch: 2 } as const;

export const SPACE_NOISE_BYTES = { ts: 1536 * 1024, py: 4 * 1024, torch: 64 * 1024 } as const;

/** Enough memory to rise clearly above the noise. */
const ENOUGH_BYTES = 64 * 1024 * 1024;
const SLOW_CALL_MS = 600;
const NEXT_SIZE_COST = 2.5;
/** Stack searches run the call a dozen times: only at sizes where it is this quick. */
const STACK_CALL_MAX_MS = 10;
const STACK_SIZES = 5;
/** The stack searches may run the probe this far past its budget, no further. */
const STACK_OVERRUN = 1.3;
/** The share of the budget a heap flat under the noise may take: the stack needs the rest. */
const HEAP_SHARE_WHEN_FLAT = 0.6;
/** Sizes this far below the largest say nothing about growth. */
const WINDOW = 4096;

type Point = [n: number, bytes: number];

export function* spacePlan(options: SpacePlanOptions, now: () => number = () => performance.now()): Generator<SpaceRequest, SpaceResult, SpaceSample> {
  const started = now();
  const budgetMs = options.budgetMs ?? 3000;
  const minN = Math.max(1, options.minN ?? 8);
  const maxN = Math.max(minN, options.maxN ?? 1 << 22);
  const heap: Point[] = [];
  const outputs = new Map<number, { output: number; live?: number }>();
  const quick: number[] = [];
  let stopped: string | undefined;
  const given = options.sizes?.length ? options.sizes : null;
  for (let i = 0, n = given ? given[0] : minN; n !== undefined; i++) {
    const asked = now();
    const sample = yield { n, part: "heap" };
    if (sample.timedOut || sample.error) {
      stopped = sample.timedOut ? `the probe's time ran out at n = ${n.toLocaleString("en")}` : `the call threw at n = ${n}: ${sample.error}`;
      break;
    }
    heap.push([n, Math.max(0, sample.bytes)]);
    if (sample.outputBytes !== undefined) outputs.set(n, { output: sample.outputBytes, ...(sample.liveBytes !== undefined ? { live: sample.liveBytes } : {}) });
    if (sample.ms < STACK_CALL_MAX_MS) quick.push(n);
    // The next size takes at least twice as long: stop if that would overrun the budget.
    const nextEnds = now() + NEXT_SIZE_COST * (now() - asked);
    if (given) {
      // The given sizes as far as the budget goes (a slower reference is compared where both were measured).
      n = given[i + 1];
      if (nextEnds - started > budgetMs) break;
      continue;
    }
    if (n >= maxN || sample.bytes >= ENOUGH_BYTES || sample.ms >= SLOW_CALL_MS || nextEnds - started > budgetMs) break;
    // A heap still flat under the noise, at sizes where an array of one number per element would
    // have shown, leaves the rest of the budget to the stack, which will decide.
    const flatSoFar = heap.every(([, bytes]) => bytes < options.noiseBytes) && arrayWouldShow(n, options.noiseBytes);
    if (flatSoFar && nextEnds - started > budgetMs * HEAP_SHARE_WHEN_FLAT) break;
    // Far below the noise, sizes four apart save samples (each costs two full collections);
    // above it, sizes √2 apart give the fit enough points to tell a log factor.
    const step = sample.bytes < options.noiseBytes / 8 ? 4 : sample.bytes < options.noiseBytes ? 2 : Math.SQRT2;
    n = Math.min(maxN, Math.max(n + 1, Math.round(n * step)));
  }
  const note = stopped && { note: stopped };
  if (heap.length < 4) return { measured: null, points: heap, basis: "heap", note: stopped ?? sizesMeasured(heap.length) };
  // A size past which the heap fell back under the noise for good: flat from there (see fellBack).
  const peakedAt = fellBack(inWindow(heap), options.noiseBytes);
  const fromHeap = peakedAt === null ? readHeap(heap, options, outputs) : "flat";
  // Recursion needs the stack, not the heap, so the heap cannot show it: the stack is measured
  // too unless the heap already names O(n) or more (no recursion needs more stack than that).
  if (fromHeap !== "flat" && (fromHeap.measured === null || complexityRank(fromHeap.measured) >= complexityRank("O(n)"))) return { ...note, ...fromHeap, points: heap, basis: "heap" };

  const stack: Point[] = [];
  let lastSearchMs = 0;
  for (const n of spreadOver(inWindow(heap).map(([n]) => n).filter((n) => quick.includes(n)), STACK_SIZES)) {
    // A search at a larger size costs more than the last one (copying the input, above all).
    if (now() + NEXT_SIZE_COST * lastSearchMs - started > budgetMs * STACK_OVERRUN) break;
    const asked = now();
    const sample = yield { n, part: "stack" };
    lastSearchMs = now() - asked;
    if (sample.timedOut) break;
    if (!sample.error) stack.push([n, Math.max(0, sample.bytes)]);
  }
  const fromStack = classifyStack(stack);
  if (fromHeap !== "flat") {
    // The heap named a class below O(n): the larger of the two is the call's.
    if (fromStack.measured === null) return { measured: null, points: heap, basis: "heap", note: `the heap read ${fromHeap.measured}, but ${fromStack.note}: a recursion's frames would not show in it` };
    if (complexityRank(fromStack.measured) > complexityRank(fromHeap.measured!)) return { ...note, ...fromStack, points: stack, basis: "stack" };
    return { ...note, ...fromHeap, points: heap, basis: "heap" };
  }
  const points = stack.length >= 3 ? stack : heap;
  const basis = stack.length >= 3 ? "stack" : "heap";
  if (fromStack.measured === null) return { measured: null, points, basis, note: `the heap stayed below the noise, and ${fromStack.note}` };
  if (fromStack.measured !== "O(1)") return { ...note, ...fromStack, points, basis };
  // Flat heap and flat stack: O(1) only where an array of one number per element would have shown.
  const top = heap[heap.length - 1][0];
  const fell = peakedAt && { note: `the heap rose above the noise up to n = ${peakedAt.toLocaleString("en")}, then stayed under it at every larger size` };
  if (arrayWouldShow(top, options.noiseBytes)) return { ...note, ...fromStack, ...fell, points, basis };
  const resolution = `${Math.round(options.noiseBytes / 1024).toLocaleString("en")} KB`;
  return {
    measured: null,
    points,
    basis,
    note: `below what this machine resolves at the sizes reached: under ${resolution} at every n up to ${top.toLocaleString("en")}${stopped ? ` (${stopped})` : ""}`,
  };
}

/**
 * What the heap readings say: a class fitted on the sizes above the noise (null, with the
 * reason, where they cannot tell), or "flat" when too few rose above it.
 */
function readHeap(heap: Point[], options: SpacePlanOptions, outputs: Map<number, { output: number; live?: number }>): { measured: ComplexityClass | null; note?: string } | "flat" {
  const window = inWindow(heap);
  const readable = window.filter(([, bytes]) => bytes >= options.noiseBytes);
  // Sizes below trustFrom bend the curve (Python: values past 256 become int objects of their
  // own there); they decide only when too few larger sizes rose above the noise.
  const trusted = readable.filter(([n]) => n >= (options.trustFrom ?? 0));
  const aboveNoise = trusted.length >= 2 ? trusted : readable;
  if (aboveNoise.length < 2) return "flat";
  // The sizes above the noise decide: fitted when there are enough of them, and never named a
  // class their own growth contradicts (two readings: their slope alone).
  const slope = logLogSlope(aboveNoise);
  const fitted = aboveNoise.length >= 3 ? fitComplexity(aboveNoise, { floor: options.noiseBytes }).measured : classOfPower(slope);
  const measured = Math.abs(CLASS_POWER[fitted] - slope) > POWER_AGREEMENT ? classOfPower(slope) : fitted;
  const [lo, hi] = [aboveNoise[0][0], aboveNoise[aboveNoise.length - 1][0]];
  // Readings below trustFrom may also cross the step where values stop being shared small ints.
  const step = aboveNoise === trusted ? 1 : VALUE_OBJECT_STEP;
  if (complexityRank(measured) > complexityRank("O(n)") && slope <= tableStepSlope(hi / lo, options.tableGrowth ?? SPACE_TABLE_GROWTH.ts, step)) {
    // A table that grows its capacity in steps (a Map, a set, a list's spare room) is O(n), yet
    // over a short range its steps climb as steeply as this.
    const also = step > 1 ? " (or from values becoming objects of their own past 256)" : "";
    return { measured: null, note: `the memory rose above the noise only over n = ${lo.toLocaleString("en")}…${hi.toLocaleString("en")} (as n^${slope.toFixed(2)}): too short a range to tell ${measured} from an O(n) table growing its capacity in steps${also}` };
  }
  // TypeScript: the arrays a pushed output outgrew may be all the memory beside it, unless a
  // collection during the call saw that much alive (see SpaceSample.outputBytes).
  const outgrown = ([n, bytes]: Point) => {
    const seen = outputs.get(n);
    return seen !== undefined && bytes <= OUTGROWN_SHARE * seen.output && (seen.live ?? 0) < options.noiseBytes;
  };
  if (aboveNoise.every(outgrown)) {
    const [n, bytes] = aboveNoise[aboveNoise.length - 1];
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
    return { measured: null, note: `the memory beside the output was never more than ${OUTGROWN_SHARE} times the output itself (${mb(bytes)} beside ${mb(outputs.get(n)!.output)} at n = ${n.toLocaleString("en")}), and no collection during the call saw it alive: arrays the output outgrew while it was built, which V8 keeps until its next collection, cannot be told from working memory` };
  }
  if (complexityRank(measured) < complexityRank("O(n)") && hi / lo < FLAT_SPAN_MIN) {
    // …and the other way round: between two doublings a table's memory stays flat.
    return { measured: null, note: `the memory rose above the noise only over n = ${lo.toLocaleString("en")}…${hi.toLocaleString("en")}: too short a range to tell ${measured} from an O(n) table that grows by doubling its capacity` };
  }
  const top = window[window.length - 1][0];
  if (complexityRank(measured) < complexityRank("O(n)") && !arrayWouldShow(top, options.noiseBytes)) {
    // What the flat heap asks too: a class below O(n) only where O(n) would have shown. Until
    // then, readings just above the noise are the young generation's garbage as often as not.
    return { measured: null, note: `below what this machine resolves at the sizes reached: the readings above the noise stayed within ${(Math.max(...aboveNoise.map(([, b]) => b)) / options.noiseBytes).toFixed(1)} times it, and an array of one number per element would still be under twice the noise at n = ${top.toLocaleString("en")}, so they cannot tell ${measured} from O(n)` };
  }
  return { measured };
}

/**
 * The largest size whose heap rose above the noise, when the readings at the sizes after it
 * (at least two, reaching twice as far) all fell back under it: a buffer that grows up to a cap
 * (numpy's, 8,192 elements) says nothing about larger n, where the memory is flat. Else null.
 */
function fellBack(window: Point[], noiseBytes: number): number | null {
  const last = window.findLastIndex(([, bytes]) => bytes >= noiseBytes);
  const after = window.slice(last + 1);
  return last >= 0 && after.length >= 2 && after[after.length - 1][0] >= 2 * window[last][0] ? window[last][0] : null;
}

/** Bytes one number per element takes at the least: an array of n numbers is at least this times n. */
const ONE_NUMBER_BYTES = 8;
/** Such an array must reach this many times the noise for a flat reading to mean O(1). */
const RESOLVES = 2;

/** Whether an array of one number per element would rise clear of the noise at n. */
function arrayWouldShow(n: number, noiseBytes: number): boolean {
  return n * ONE_NUMBER_BYTES >= RESOLVES * noiseBytes;
}
/** An output grown by push leaves up to this many times its own size in outgrown arrays. */
const OUTGROWN_SHARE = 2;
/** Readings above the noise must span this many times in n to call them flat: a doubling table stays flat over 2×. */
const FLAT_SPAN_MIN = 4;
/** A fitted class whose power is further than this from the readings' own slope is not what they show. */
const POWER_AGREEMENT = 0.5;

/**
 * The steepest log-log slope an O(n) structure that grows its capacity `growth` times in one
 * step can show over a range of sizes `span` wide (at most `growth` times the memory per element
 * at the top, `step` times more when its elements may also grow), with a margin for noise.
 */
function tableStepSlope(span: number, growth: number, step = 1): number {
  return span <= 1 ? Infinity : 1 + Math.log(growth * step) / Math.log(span) + 0.15;
}

/**
 * How much more memory an element can take once Python's values pass the small ints it shares
 * (up to 256): a pointer to a shared int, then a pointer and an int object of its own (8 → 36 bytes).
 */
const VALUE_OBJECT_STEP = 4.5;

/** The class a log-log slope of memory stands for. */
function classOfPower(slope: number): ComplexityClass {
  if (slope < 0.5) return "O(1)";
  if (slope < 1.5) return "O(n)";
  if (slope < 2.5) return "O(n^2)";
  return "O(n^3)";
}

function inWindow<P extends Point>(points: P[]): P[] {
  const top = points[points.length - 1][0];
  return points.filter(([n]) => n >= top / WINDOW);
}

/** Up to `count` of the sizes, spread evenly on a log scale, always with the smallest and the largest. */
export function spreadOver(sizes: number[], count: number): number[] {
  if (sizes.length <= count) return sizes;
  const picked = new Set<number>();
  for (let i = 0; i < count; i++) picked.add(sizes[Math.round((i * (sizes.length - 1)) / (count - 1))]);
  return [...picked];
}

/** Stack needs closer than this at every size are the same few frames. */
const STACK_SPREAD_BYTES = 256;
/** One frame of drill's own filler: the resolution of a stack reading. */
const STACK_RESOLUTION_BYTES = 128;
/**
 * A stack deepening steadily but slower than this power of n is log-deep: recursions by
 * halving read n^0.08–0.18 over the sizes probed, recursions one level per element n^0.45 and up.
 */
const LOG_DEPTH_SLOPE = 0.3;

/**
 * The same few frames whatever n is: O(1). Recursion that deepens with n needs more stack at
 * each larger size measured (they are several doublings apart); readings that go down as well
 * as up, or that jump once (a library switching strategy past some size, the JIT resizing
 * frames), are not that. What deepens is fitted like everything else, and no deeper than O(n).
 */
export function classifyStack(points: Point[]): { measured: ComplexityClass | null; note?: string } {
  // Recursion lives on the stack, where a flat heap cannot see it: no stack readings, no class.
  if (points.length < 3) return { measured: null, note: `the stack could ${points.length === 0 ? "not be measured" : `be measured at ${points.length === 1 ? "one size" : "two sizes"} only`} (calls too slow, or the budget ran out)` };
  const needs = points.map(([, bytes]) => bytes);
  if (Math.max(...needs) - Math.min(...needs) <= STACK_SPREAD_BYTES) return { measured: "O(1)" };
  const steps = needs.slice(1).map((bytes, i) => bytes - needs[i]);
  const falls = steps.some((step) => step < -STACK_RESOLUTION_BYTES);
  const rises = steps.filter((step) => step > STACK_RESOLUTION_BYTES).length;
  if (falls || rises < Math.max(2, steps.length - 1)) {
    return { measured: "O(1)", note: "the stack did not deepen steadily with n (frames resized by the JIT, or one jump at some size): not a recursion" };
  }
  const fitted = fitComplexity(points.map(([n, bytes]) => [n, Math.max(bytes, 1)] as Point)).measured;
  // Three readings a frame or two apart fit a line about as well as a log; a stack that
  // deepened by a few frames over the sizes probed is no O(n) recursion, whatever the fit says.
  if (complexityRank(fitted) >= complexityRank("O(n)") && logLogSlope(points) < LOG_DEPTH_SLOPE) return { measured: "O(log n)" };
  return { measured: complexityRank(fitted) > complexityRank("O(n)") ? "O(n)" : fitted };
}

function sizesMeasured(count: number): string {
  return count === 0 ? "no size could be measured" : `only ${count === 1 ? "one size" : `${count} sizes`} could be measured`;
}
