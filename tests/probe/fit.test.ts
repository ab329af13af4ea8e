// The fitter and the plan on synthetic curves: no timing here, so nothing can flake.
import { describe, expect, it } from "vitest";
import { fitComplexity, withoutJump, type Point } from "../../src/probe/fit.js";
import { gridBelow, probePlan } from "../../src/probe/plan.js";
import { judgeComplexity, withinLogFactor } from "../../src/probe/verdict.js";
import { createRng } from "../../src/random/rng.js";
import type { ComplexityClass } from "../../src/registry/complexity.js";

const log2 = Math.log2;
const CURVES: Record<ComplexityClass, (n: number) => number> = {
  "O(1)": () => 1,
  "O(log n)": (n) => log2(n),
  "O(n)": (n) => n,
  "O(n log n)": (n) => n * log2(n),
  "O(n^2)": (n) => n * n,
  "O(n^2 log n)": (n) => n * n * log2(n),
  "O(n^3)": (n) => n ** 3,
  "O(2^n)": (n) => 2 ** n,
};

/** Seconds for `cls` at √2-spaced sizes below `top` (the top call takes 1 ms), plus a fixed per-call overhead (in ms) and multiplicative noise. */
function curve(cls: ComplexityClass, top: number, noise: number, seed: number, overhead = 1e-4): Point[] {
  const rng = createRng(seed);
  const sizes = cls === "O(2^n)" ? Array.from({ length: 15 }, (_, i) => 10 + i) : gridBelow(top, 8);
  const g = CURVES[cls];
  const scale = 1e-3 / g(sizes[sizes.length - 1]);
  return sizes.map((n) => [n, (overhead * 1e-3 + scale * g(n)) * (1 + noise * Math.abs(rng.normal()))] as Point);
}

describe("fitComplexity", () => {
  const classes = Object.keys(CURVES) as ComplexityClass[];

  it.each(classes)("recognises clean %s curves", (cls) => {
    expect(fitComplexity(curve(cls, 65536, 0, 1)).measured).toBe(cls);
  });

  it.each(classes)("recognises %s under 5 % noise (minimum-of-rounds level), on 5 seeds", (cls) => {
    for (let seed = 1; seed <= 5; seed++) {
      const measured = fitComplexity(curve(cls, 65536, 0.05, seed)).measured;
      expect(withinLogFactor(measured, cls), `seed ${seed}: ${measured}`).toBe(true);
    }
  });

  it("prefers the simpler class when a constant overhead hides the growth", () => {
    const flat: Point[] = gridBelow(65536, 8).map((n) => [n, 1e-3 * (1 + 1e-9 * n)]);
    expect(fitComplexity(flat).measured).toBe("O(1)");
  });

  it("reads linear code that outgrows the cache as O(n), not O(n log n)", () => {
    // Exactly linear while it fits in cache, then 1.8× slower per element past n = 8192.
    const cacheBound: Point[] = gridBelow(65536, 8).map((n) => [n, n * 1e-8 * (n > 8192 ? 1.8 : n > 2048 ? 1.3 : 1)]);
    expect(fitComplexity(cacheBound).measured).toBe("O(n)");
    const realLog: Point[] = gridBelow(65536, 8).map((n) => [n, n * log2(n) * 1e-9]);
    expect(fitComplexity(realLog).measured).toBe("O(n log n)");
  });

  it("reads quadratic code bent by the caches at the top as O(n^2): a log factor must fit clearly better", () => {
    // Measured: numpy scaled dot-product attention, whose n×n score matrix leaves the caches past n ≈ 500.
    const attention: Point[] = [[9, 8.71e-6], [13, 9.96e-6], [18, 1.32e-5], [25, 1.15e-5], [36, 1.54e-5], [51, 2.12e-5], [72, 3.16e-5], [102, 6.01e-5], [144, 1.05e-4], [204, 2.04e-4], [288, 3.73e-4], [407, 7.95e-4], [576, 1.65e-3], [815, 3.41e-3], [1152, 9.11e-3], [1629, 1.83e-2], [2304, 3.94e-2]];
    expect(fitComplexity(attention).measured).toBe("O(n^2)");
    // A real log factor, as a merge sort of every row would have, still shows.
    const sortRows: Point[] = gridBelow(2048, 8).map((n) => [n, 1e-5 + 1e-9 * n * n * log2(n)]);
    expect(fitComplexity(sortRows).measured).toBe("O(n^2 log n)");
  });

  it("reads linear code with one sustained jump (Python recursion past a few hundred frames) as O(n)", () => {
    // Shaped on invert-tree's recursive Python solution: twice the cost per call past depth 256.
    const recursion: Point[] = gridBelow(16384, 16).map((n) => [n, n * 1e-7 * (n > 256 ? 2.1 : 1)]);
    expect(fitComplexity(recursion).measured).toBe("O(n)");
    expect(withoutJump(recursion)).not.toBeNull();
  });

  it("keeps the log factor of a sort that jumps where its array leaves the young generation", () => {
    const sort: Point[] = gridBelow(65536, 64).map((n) => [n, n * log2(n) * 1e-9 * (n > 8192 ? 1.7 : 1)]);
    expect(fitComplexity(sort).measured).toBe("O(n log n)");
  });

  it("finds no jump in a smooth curve, nor in one slow size the next one does not keep", () => {
    expect(withoutJump(gridBelow(65536, 64).map((n) => [n, n * log2(n) * 1e-9]))).toBeNull();
    const spike: Point[] = gridBelow(65536, 64).map((n) => [n, n * 1e-9 * (n === 2048 ? 3 : 1)]);
    expect(withoutJump(spike)).toBeNull();
  });

  it("gives the log-log slope", () => {
    expect(fitComplexity(curve("O(n^2)", 4096, 0, 1, 0)).slope).toBeCloseTo(2, 1);
  });
});

describe("verdicts", () => {
  it("passes a class at or below the target", () => {
    expect(judgeComplexity("O(n)", "O(n)").ok).toBe(true);
    expect(judgeComplexity("O(log n)", "O(n)").ok).toBe(true);
  });

  it("tolerates one log factor and says so", () => {
    const v = judgeComplexity("O(n log n)", "O(n)");
    expect(v).toMatchObject({ ok: true, tolerated: true });
    expect(v.message).toMatch(/within one log factor/);
  });

  it("fails anything slower", () => {
    expect(judgeComplexity("O(n^2)", "O(n)")).toMatchObject({ ok: false, message: "measured O(n^2), target O(n): slower than the target" });
    expect(judgeComplexity("O(n^2 log n)", "O(n log n)").ok).toBe(false);
  });
});

describe("the probe plan", () => {
  /** Drives the plan against a cost model, with a clock that advances by the work done. */
  function run(cost: (n: number) => number, options: Parameters<typeof probePlan>[0] = {}, referenceCost: (n: number) => number = cost) {
    let clock = 0;
    const plan = probePlan({ budgetMs: 3000, ...options }, () => clock);
    const asked: number[] = [];
    const referenceAsked: number[] = [];
    let step = plan.next();
    while (!step.done) {
      const { who, n, expectedMs } = step.value;
      (who === "solution" ? asked : referenceAsked).push(n);
      const seconds = (who === "solution" ? cost : referenceCost)(n);
      const reps = Math.max(1, Math.ceil(2 / Math.max(expectedMs, 1e-6)));
      clock += Math.max(seconds * 1000 * Math.min(reps, 20000), 0.05);
      step = plan.next(seconds);
    }
    return { result: step.value, asked, referenceAsked, clock };
  }

  it("climbs until a call takes a good part of the per-size target, then measures a grid in rounds", () => {
    const { result, clock } = run((n) => n * 1e-8);
    expect(result.points.length).toBeGreaterThanOrEqual(12);
    expect(result.rounds).toBeGreaterThanOrEqual(2);
    expect(clock).toBeLessThan(3000 * 1.1);
    expect(fitComplexity(result.points).measured).toBe("O(n)");
  });

  it("makes points of grid samples only: the ladder's one replayed input, warm in the caches, never stands for a size", () => {
    let clock = 0;
    const plan = probePlan({ budgetMs: 3000, withReference: true }, () => clock);
    let step = plan.next();
    while (!step.done) {
      const { n, phase } = step.value;
      // Memory-bound code: twice as fast on one input that stays in the caches.
      const seconds = n * 1e-8 * (phase === "grid" ? 1 : 0.5);
      clock += Math.max(seconds * 1000 * 20, 0.05);
      step = plan.next(seconds);
    }
    const { points, reference } = step.value;
    for (const [n, seconds] of [...points, ...reference!]) expect(seconds).toBeCloseTo(n * 1e-8, 12);
  });

  it("sizes the grid's later batches on the sizes' own times, so a batch's fixed cost does not flatten the cheapest sizes", () => {
    // A binary search: 20–45 ns a call, and 20 µs of fixed cost per batch (clock readings, the
    // round trip). The ladder guesses each new size from cubic growth and overestimates small
    // sizes; batches sized on those guesses hold few calls, and the fixed cost lands on them.
    let clock = 0;
    const plan = probePlan({ budgetMs: 3000 }, () => clock);
    const perCall = (n: number) => 1e-9 * (10 + 2 * Math.log2(n));
    let step = plan.next();
    while (!step.done) {
      const { n, expectedMs } = step.value;
      const reps = Math.max(1, Math.min(20000, Math.ceil(2 / Math.max(expectedMs, 1e-6))));
      const seconds = perCall(n) + 20e-6 / reps;
      clock += seconds * 1000 * reps + 0.05;
      step = plan.next(seconds);
    }
    const { points, rounds } = step.value;
    expect(rounds).toBeGreaterThanOrEqual(2);
    for (const [n, seconds] of points) expect(seconds / perCall(n), `n = ${n}`).toBeLessThan(1.1);
    expect(fitComplexity(points).measured).toBe("O(log n)");
  });

  it("times the reference over the whole grid when its first call at one of its rungs was cold", () => {
    // kv-cache-decoding's TypeScript reference under load: its first call at n = 43 took 100×
    // its time (a cold path), its climb stopped there, and only 5 sizes could be compared.
    const cost = (n: number) => 2e-7 * n * n * n;
    const referenceCost = (n: number) => 2e-6 * n;
    let clock = 0;
    const seen = new Set<number>();
    const plan = probePlan({ budgetMs: 3000, withReference: true }, () => clock);
    let step = plan.next();
    while (!step.done) {
      const { who, n, expectedMs } = step.value;
      let seconds = (who === "solution" ? cost : referenceCost)(n);
      if (who === "reference" && n > 16 && !seen.has(n)) seconds *= 100;
      if (who === "reference") seen.add(n);
      const reps = Math.max(1, Math.min(20000, Math.ceil(2 / Math.max(expectedMs, 1e-6))));
      clock += seconds * 1000 * reps + 0.05;
      step = plan.next(seconds);
    }
    const { points, reference } = step.value;
    expect(reference!.map(([n]) => n)).toEqual(points.map(([n]) => n));
  });

  it("stops at maxN for cheap functions", () => {
    const { result } = run(() => 1e-7, { maxN: 4096 });
    expect(result.points[result.points.length - 1][0]).toBe(4096);
  });

  it("never lets exponential code run away: below n = 64 it steps by at most what doubling per +1 allows", () => {
    const { asked, clock } = run((n) => 1e-9 * 2 ** n);
    const ladder = asked.filter((n, i) => i === 0 || n > asked[i - 1]);
    for (let i = 1; i < ladder.length; i++) {
      const previousSeconds = 1e-9 * 2 ** ladder[i - 1];
      expect(1e-9 * 2 ** ladder[i]).toBeLessThanOrEqual(Math.max(previousSeconds * 4, 0.06 * 0.6 * 4));
    }
    expect(clock).toBeLessThan(3000 * 1.2);
  });

  it("does not climb again from the floor when heavy code has already grown faster than any power", () => {
    // Every path through an n×n grid, C(2n, n) calls: 18 ms at n = 12, 70 ms at 13. Climbing
    // again from n = 2 cost a busy machine the time the grid needed.
    const paths = (n: number) => {
      let c = 1;
      for (let k = 1; k <= n; k++) c = (c * (n + k)) / k;
      return 6.7e-9 * c;
    };
    const { result, asked } = run(paths, { minN: 8, floorN: 2 });
    expect(Math.min(...asked)).toBe(6);
    expect(result.points.map(([n]) => n)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    // Heavy polynomial code from the same minN still starts again from the floor.
    expect(Math.min(...run((n) => 2e-5 * n ** 4, { minN: 8, floorN: 2 }).asked)).toBe(2);
  });

  it("says when even the smallest size is too slow", () => {
    const { result } = run(() => 1);
    expect(result.note).toMatch(/^too slow to probe: one call at the smallest size n = 8 took 1000 ms/);
    // The same below a floor the inputs allow: it steps down once, and then says so at the floor.
    expect(run(() => 1, { minN: 32, floorN: 2 }).result.note).toMatch(/^too slow to probe: one call at the smallest size n = 2 took 1000 ms/);
  });

  it("measures code too slow to time at minN on smaller inputs, √2 apart, when the inputs allow them", () => {
    // Cubic code at 0.3 s a call at minN = 32 (a KV-cache decoder recomputing its prefix in plain loops).
    const cubic = (n: number) => 1e-5 * n ** 3;
    const { result } = run(cubic, { minN: 32, floorN: 2, withReference: true }, (n) => 1e-5 * n);
    expect(result.note).toBeUndefined();
    const sizes = result.points.map(([n]) => n);
    expect(sizes[0]).toBe(2);
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    expect(sizes[sizes.length - 1]).toBeGreaterThanOrEqual(8 * sizes[0]);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i] / sizes[i - 1]).toBeGreaterThan(1.25);
    expect(result.reference!.length).toBe(sizes.length);
    expect(fitComplexity(result.points).measured).toBe("O(n^3)");
    // Heavy code that times fine at minN but climbs only a few sizes above it (a convolution in
    // plain loops, 36 ms a call by n = 42) is measured from the floor too.
    const heavy = run((n) => 2e-5 * n * n, { minN: 8, floorN: 2 }).result.points.map(([n]) => n);
    expect(heavy[0]).toBeLessThan(8);
    expect(heavy.length).toBeGreaterThanOrEqual(6);
    expect(heavy[heavy.length - 1]).toBeGreaterThanOrEqual(8 * heavy[0]);
    // Without a floor below minN there is nothing smaller to try.
    expect(run(cubic, { minN: 32 }).result.note).toMatch(/^too slow to probe: one call at the smallest size n = 32/);
  });

  it("reaches down to minN when the grid's √2 steps would stop short of the spread a class needs", () => {
    // Cubic code that climbs only to n ≈ 86 from minN = 8: 86, 61, … 11 spans 7.8×; 8 makes it 10×.
    const { result } = run((n) => 6e-8 * n ** 3, { minN: 8 });
    const sizes = result.points.map(([n]) => n);
    expect(sizes[sizes.length - 1]).toBeLessThan(100);
    expect(sizes[0]).toBe(8);
    expect(sizes[sizes.length - 1] / sizes[0]).toBeGreaterThanOrEqual(8);
  });

  it("times the reference beside the solution on the solution's sizes, within half as much budget again", () => {
    const { result, asked, referenceAsked, clock } = run((n) => n * 1e-8, { withReference: true }, (n) => n * 2e-8);
    expect(result.reference).not.toBeNull();
    const sizes = new Set(result.points.map(([n]) => n));
    expect(result.reference!.every(([n]) => sizes.has(n))).toBe(true);
    expect(result.reference!.length).toBe(result.points.length);
    expect(referenceAsked.length).toBeGreaterThan(result.points.length);
    expect(asked.length).toBeGreaterThan(referenceAsked.length);
    expect(clock).toBeLessThan(3000 * 1.5 * 1.1);
  });

  it("leaves the reference out where it would cost far more than the solution, and goes on without it when it fails", () => {
    const slowReference = run((n) => n * 1e-8, { withReference: true }, (n) => n * n * 1e-8);
    const top = slowReference.result.points[slowReference.result.points.length - 1][0];
    expect(Math.max(...slowReference.result.reference!.map(([n]) => n))).toBeLessThan(top);
    let calls = 0;
    const failing = run((n) => n * 1e-8, { withReference: true }, () => (++calls > 3 ? (null as unknown as number) : 1e-6));
    expect(failing.result.reference).toBeNull();
    expect(failing.result.points.length).toBeGreaterThanOrEqual(12);
  });
});
