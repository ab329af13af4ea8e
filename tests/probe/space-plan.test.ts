// The space plan and verdict on synthetic memory curves: no measuring here, so nothing can flake.
import { describe, expect, it } from "vitest";
import { classifyStack, spacePlan, spreadOver, type SpacePlanOptions, type SpaceRequest, type SpaceResult, type SpaceSample } from "../../src/probe/space-plan.js";
import { hiddenBelow, judgeSpace } from "../../src/probe/space.js";
import { createRng } from "../../src/random/rng.js";
import type { ComplexityClass } from "../../src/registry/complexity.js";
import { realProblem } from "../helpers/run-solution.js";

const NOISE = 1536 * 1024;

interface Machine {
  heap: (n: number) => number;
  stack?: (n: number) => number;
  ms?: (n: number) => number;
  throwsFrom?: number;
}

/** Drives the plan against a pretend solution; each sample advances a fake clock by 40 ms plus the call. */
function drive(machine: Machine, options: Partial<SpacePlanOptions> = {}, seed = 1): { result: SpaceResult; asked: SpaceRequest[] } {
  const rng = createRng(seed);
  let clock = 0;
  const plan = spacePlan({ noiseBytes: NOISE, ...options }, () => clock);
  const asked: SpaceRequest[] = [];
  let step = plan.next();
  while (!step.done) {
    const request = step.value;
    asked.push(request);
    const ms = machine.ms?.(request.n) ?? 0.01 * request.n ** 0.5;
    clock += 40 + ms;
    let sample: SpaceSample;
    if (machine.throwsFrom !== undefined && request.n >= machine.throwsFrom) sample = { bytes: 0, ms: 0, error: "RangeError: Maximum call stack size exceeded" };
    else if (request.part === "heap") sample = { bytes: Math.max(0, machine.heap(request.n) + (rng.float() - 0.5) * NOISE * 0.8), ms };
    else sample = { bytes: machine.stack?.(request.n) ?? 300, ms };
    step = plan.next(sample);
  }
  return { result: step.value, asked };
}

const log2 = Math.log2;

describe("spacePlan", () => {
  it("says how many sizes it measured when too few to name a class, in words", () => {
    const { result } = drive({ heap: (n) => 800 * n }, { budgetMs: 50 });
    expect(result.measured).toBeNull();
    expect(result.points.length).toBe(1);
    expect(result.note).toBe("only one size could be measured");
  });

  it("reads a Python list of growing ints as O(n) once sizes past the small-int cache decide", () => {
    // 8 bytes a slot, plus a 28-byte int object for every value past 256 (exact readings, as tracemalloc's).
    const pythonList = (n: number) => 8 * n + 28 * Math.max(0, n - 256);
    const measure = (trustFrom: number) => {
      let clock = 0;
      const plan = spacePlan({ noiseBytes: 4096, trustFrom, maxN: 9000 }, () => clock);
      let step = plan.next();
      while (!step.done) {
        clock += 40;
        step = plan.next({ bytes: pythonList(step.value.n), ms: 1 });
      }
      return step.value.measured;
    };
    expect(measure(2048)).toBe("O(n)");
    // Fitted from n = 512 up, the bend between 256 and a few thousand is no O(n).
    expect(measure(0)).not.toBe("O(n)");
  });

  it("names no class above O(n) when the only readings above the noise straddle the small-int cache", () => {
    // Two rows of edit distances (values up to n), where the time budget stops the sizes at 512:
    // above the 4 KB noise only from n = 256, where the values start to be int objects.
    const twoRows = (n: number) => 2 * (8 * n + 28 * Math.max(0, n - 256)) + 600;
    let clock = 0;
    const plan = spacePlan({ noiseBytes: 4096, trustFrom: 2048, maxN: 512 }, () => clock);
    let step = plan.next();
    while (!step.done) {
      clock += 40;
      step = plan.next({ bytes: twoRows(step.value.n), ms: 1 });
    }
    expect(step.value.measured).toBeNull();
    expect(step.value.note).toMatch(/too short a range.*objects of their own past 256/);
  });

  it("names no class above O(n) from one step of a Python set, which quadruples its table", () => {
    // implement-trie's set of words as a loaded pass read it: 34 KB up to n = 2,048, then 148 KB
    // at 2,896, where the set of n/2 words outgrew 2,048 slots and moved to 8,192. Read with a
    // doubling allowance, the two sizes above n = 2,048 climbed like n^4.2 and named O(n^3).
    const slots = (used: number) => {
      let size = 8;
      while (used >= 0.6 * size) size *= 4;
      return size;
    };
    const pythonSet = (n: number) => 16 * slots(n / 2) + 600;
    const measure = (tableGrowth: number) => {
      let clock = 0;
      const plan = spacePlan({ noiseBytes: 4096, trustFrom: 2048, maxN: 2896, tableGrowth }, () => clock);
      let step = plan.next();
      while (!step.done) {
        clock += 40;
        step = plan.next({ bytes: pythonSet(step.value.n), ms: 1 });
      }
      return step.value;
    };
    expect(measure(2).measured).toBe("O(n^3)");
    const read = measure(4);
    expect(read.measured).toBeNull();
    expect(read.note).toMatch(/too short a range to tell O\(n\^3\) from an O\(n\) table growing its capacity in steps/);
  });

  const heapCases: [ComplexityClass, (n: number) => number][] = [
    ["O(n)", (n) => 24 * n],
    ["O(n^2)", (n) => 8 * n * n],
    ["O(n^3)", (n) => 8 * n ** 3],
  ];
  for (const [expected, heap] of heapCases) {
    it(`reads ${expected} heap growth through noise of a megabyte`, () => {
      for (let seed = 1; seed <= 5; seed++) {
        const { result } = drive({ heap }, {}, seed);
        expect(result.basis).toBe("heap");
        expect(result.measured).toBe(expected);
      }
    });
  }

  it("lets the stack decide when the heap stays in the noise: a few frames are O(1), halving recursion O(log n), deep recursion O(n)", () => {
    expect(drive({ heap: () => 0, stack: () => 400 }).result).toMatchObject({ measured: "O(1)", basis: "stack" });
    expect(drive({ heap: () => 0, stack: (n) => 300 + 120 * log2(n) }).result).toMatchObject({ measured: "O(log n)", basis: "stack" });
    expect(drive({ heap: () => 0, stack: (n) => 100 * n }).result).toMatchObject({ measured: "O(n)", basis: "stack" });
  });

  it("takes the stack's class when it is above a class the heap named below O(n): a recursion's frames are not in the heap", () => {
    // Python: a counter of a few entries above the noise, and a recursion as deep as the tree.
    const recursion = drive({ heap: () => 3 * NOISE, stack: (n) => 200 * n });
    expect(recursion.result).toMatchObject({ measured: "O(n)", basis: "stack" });
    // A heap that already names O(n) or more is not searched further: no recursion needs more stack than that.
    const table = drive({ heap: (n) => 500 * n, stack: (n) => 200 * n });
    expect(table.result).toMatchObject({ measured: "O(n)", basis: "heap" });
    expect(table.asked.some((r) => r.part === "stack")).toBe(false);
    // A shallow recursion leaves the heap's class.
    expect(drive({ heap: () => 3 * NOISE, stack: () => 400 }).result).toMatchObject({ measured: "O(1)", basis: "heap" });
  });

  it("names no class when the heap is flat and the stack could not be measured", () => {
    // Every call slower than the stack search allows.
    const { result } = drive({ heap: () => 0, ms: () => 50 }, { budgetMs: 20_000 });
    expect(result.measured).toBeNull();
    expect(result.note).toMatch(/the heap stayed below the noise, and the stack could not be measured \(calls too slow/);
  });

  it("leaves a share of the budget to the stack when the heap stays flat", () => {
    // Python's recursion limit search: over half a second a size. The heap ladder's calls grow with
    // n (copying the input above all), so on its own it would spend the whole budget.
    let clock = 0;
    const plan = spacePlan({ noiseBytes: 4096, budgetMs: 3000 }, () => clock);
    const stackSizes: number[] = [];
    let step = plan.next();
    while (!step.done) {
      const { n, part } = step.value;
      const ms = n / 2000;
      clock += part === "heap" ? 40 + 1.5 * ms : 600;
      if (part === "stack") stackSizes.push(n);
      step = plan.next(part === "heap" ? { bytes: 440, ms } : { bytes: 1800 + 100 * log2(n), ms });
    }
    expect(stackSizes.length).toBeGreaterThanOrEqual(3);
    expect(step.value).toMatchObject({ measured: "O(log n)", basis: "stack" });
  });

  it("reads a buffer that grows up to a cap and then stays under the noise as flat, not as its growth below the cap", () => {
    // numpy's ufunc buffers: up to 8,192 elements, then a loop over fixed-size chunks.
    let clock = 0;
    const plan = spacePlan({ noiseBytes: 4096, trustFrom: 2048 }, () => clock);
    let step = plan.next();
    while (!step.done) {
      clock += 40;
      const { n, part } = step.value;
      step = plan.next(part === "heap" ? { bytes: n <= 4096 ? 1400 + 8 * n : 1400, ms: 1 } : { bytes: 1000, ms: 1 });
    }
    expect(step.value).toMatchObject({ measured: "O(1)", note: expect.stringMatching(/rose above the noise up to n = 4,096, then stayed under it at every larger size/) });
  });

  it("names no class where the memory beside a pushed output is no more than twice the output (the arrays it outgrew)", () => {
    const measure = (extra: (n: number) => number, live?: (n: number) => number) => {
      let clock = 0;
      const plan = spacePlan({ noiseBytes: NOISE }, () => clock);
      let step = plan.next();
      while (!step.done) {
        clock += 40;
        const n = step.value.n;
        step = plan.next({ bytes: extra(n), ms: 1, outputBytes: 8 * n, ...(live ? { liveBytes: live(n) } : {}) });
      }
      return step.value;
    };
    // An output of n numbers built with push: V8 still holds the 1.7 n numbers' worth it outgrew.
    const pushed = measure((n) => 8 * 1.7 * n);
    expect(pushed.measured).toBeNull();
    expect(pushed.note).toMatch(/never more than 2 times the output itself .* cannot be told from working memory/);
    // A working table three times the output is more than outgrown arrays can be: named.
    expect(measure((n) => 8 * 3 * n).measured).toBe("O(n)");
    // A stack as large as the output, which collections during the call saw alive: named.
    expect(measure((n) => 8 * n, (n) => 8 * n).measured).toBe("O(n)");
    // Collections that saw only the output alive leave the doubt.
    expect(measure((n) => 8 * 1.7 * n, () => 0).measured).toBeNull();
  });

  it("names no class below O(n) from readings just above the noise at sizes where O(n) could not have shown", () => {
    // kl-divergence's TypeScript reference: 1–2.4 times the noise at every size, its n numbers still under 2 MB at n = 131,072.
    const garbage = { heap: () => 1.6 * NOISE };
    const short = drive(garbage, { maxN: 131_072 }).result;
    expect(short.measured).toBeNull();
    expect(short.note).toMatch(/below what this machine resolves at the sizes reached: .* cannot tell O\(1\) from O\(n\)/);
    // Where an array of one number per element would have risen well above the noise, flat is flat.
    expect(drive(garbage, { maxN: 1 << 22 }).result.measured).toBe("O(1)");
  });

  it("names no class below O(n) from readings above the noise over less than two doublings of n", () => {
    // A map of m = min(n/2, 40,000) keys: it rises above the noise only past n = 30,000.
    const { result } = drive({ heap: (n) => (n < 30_000 ? NOISE / 2 : 2.2 * NOISE) }, { maxN: 80_000 });
    expect(result.measured).toBeNull();
    expect(result.note).toMatch(/too short a range to tell O\(1\) from an O\(n\) table/);
  });

  it("measures the stack only at a few quick sizes, after the heap", () => {
    const { asked } = drive({ heap: () => 0, stack: () => 400 });
    const stack = asked.filter((r) => r.part === "stack");
    expect(stack.length).toBeGreaterThanOrEqual(3);
    expect(stack.length).toBeLessThanOrEqual(5);
    expect(asked.findIndex((r) => r.part === "stack")).toBeGreaterThan(asked.findLastIndex((r) => r.part === "heap"));
  });

  it("stops growing n once the memory is well above the noise, and never passes maxN", () => {
    const big = drive({ heap: (n) => 1000 * n });
    const top = big.asked.filter((r) => r.part === "heap").at(-1)!.n;
    expect(1000 * top).toBeGreaterThanOrEqual(24 * 1024 * 1024);
    expect(1000 * top).toBeLessThan(4 * 24 * 1024 * 1024);
    const capped = drive({ heap: (n) => 24 * n }, { maxN: 5000 });
    expect(Math.max(...capped.asked.map((r) => r.n))).toBe(5000);
  });

  it("stops before a size that would overrun the budget", () => {
    const { asked, result } = drive({ heap: () => 0, ms: (n) => n / 1000 }, { budgetMs: 3000 });
    const heapSizes = asked.filter((r) => r.part === "heap").map((r) => r.n);
    expect(heapSizes.at(-1)! / 1000).toBeLessThan(3000);
    expect(result.measured).not.toBeNull();
  });

  it("keeps what it measured when a larger size throws (a stack overflow), and says so", () => {
    const { result } = drive({ heap: (n) => 64 * n, throwsFrom: 1 << 18 });
    expect(result.measured).toBe("O(n)");
    expect(result.note).toMatch(/threw at n = 262,?144: RangeError/);
    expect(drive({ heap: () => 0, throwsFrom: 8 }).result).toMatchObject({ measured: null });
  });

  it("measures exactly the sizes it is given (the reference, on the solution's sizes)", () => {
    const sizes = [64, 256, 1024, 4096, 16384];
    const { asked } = drive({ heap: (n) => 64 * n }, { sizes });
    expect(asked.filter((r) => r.part === "heap").map((r) => r.n)).toEqual(sizes);
  });
});

describe("spreadOver and classifyStack", () => {
  it("spreads the stack sizes over the range, ends included", () => {
    expect(spreadOver([1, 2, 4, 8, 16, 32, 64, 128, 256], 5)).toEqual([1, 4, 16, 64, 256]);
    expect(spreadOver([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });

  it("does not take one jump, or readings that go down, for a recursion", () => {
    expect(classifyStack([[8, 438], [32, 438], [128, 729], [512, 729]])).toMatchObject({ measured: "O(1)", note: expect.stringMatching(/did not deepen steadily/) });
    expect(classifyStack([[64, 73], [1024, 73], [8192, 73], [16384, 73], [65536, 438]]).measured).toBe("O(1)");
    expect(classifyStack([[64, 900], [1024, 300], [8192, 1200], [16384, 500], [65536, 1500]]).measured).toBe("O(1)");
    expect(classifyStack([[1024, 900], [8192, 1250], [65536, 1600], [524288, 1950], [4194304, 2300]]).measured).toBe("O(log n)");
  });

  it("names a stack that deepens by a frame or two per 4× of n log-deep, not linear, however the few readings fit", () => {
    // sorted-array-to-bst's TypeScript reference (halving recursion) as a loaded pass measured it: the fit said O(n).
    expect(classifyStack([[512, 1167], [2048, 1386], [8192, 1897]]).measured).toBe("O(log n)");
    // One level per element stays O(n): a recursion over a list, and word-search's Python path (n^0.45).
    expect(classifyStack([[32, 2400], [512, 38000], [2048, 150000], [16384, 1200000]]).measured).toBe("O(n)");
    expect(classifyStack([[2, 1400], [4, 1800], [8, 2600]]).measured).toBe("O(n)");
  });

  it("names no class from fewer than three stack readings, and says why", () => {
    expect(classifyStack([[8, 100]])).toMatchObject({ measured: null, note: "the stack could be measured at one size only (calls too slow, or the budget ran out)" });
  });
});

describe("judgeSpace", () => {
  const lcs = realProblem("lcs");
  const result = (measured: ComplexityClass | null): SpaceResult => ({ measured, points: [[8, 1], [16, 2], [32, 4], [64, 8]], basis: "heap" });

  it("passes at the accepted target and says when the follow-up is met", () => {
    expect(judgeSpace(lcs, result("O(n^2)"), null, NOISE)).toMatchObject({ ok: true, betterMet: false, target: "O(n^2)", better: "O(n)" });
    expect(judgeSpace(lcs, result("O(n)"), null, NOISE)).toMatchObject({ ok: true, betterMet: true });
    expect(judgeSpace(lcs, result("O(n)"), null, NOISE).verdict).toMatch(/follow-up's O\(n\) is met/);
  });

  it("above the target, passes only when the memory grows no faster than the reference's on the same sizes", () => {
    const sizes = [256, 362, 512, 724, 1024];
    const curve = (bytes: (n: number) => number, measured: ComplexityClass): SpaceResult => ({ measured, basis: "heap", points: sizes.map((n) => [n, bytes(n)]) });
    // Both bend the same way at these sizes (an allocator effect): accepted, and said so.
    const mine = curve((n) => 40 * n ** 2.6, "O(n^3)");
    const alike = judgeSpace(lcs, mine, curve((n) => 36 * n ** 2.6, "O(n^3)"), NOISE);
    expect(alike.ok, alike.verdict).toBe(true);
    expect(alike.verdict).toMatch(/accepted all the same: at these sizes the reference's grows alike \(1\.1× its memory at n = 1,024\)/);
    // A lean reference: the solution keeps pulling away.
    const lean = judgeSpace(lcs, mine, curve((n) => 16 * n, "O(n)"), NOISE);
    expect(lean.ok, lean.verdict).toBe(false);
    expect(lean.verdict).toMatch(/accepted O\(n\^2\): more than accepted/);
    // No reference to compare with: the measurement stands.
    expect(judgeSpace(lcs, mine, null, NOISE).ok).toBe(false);
  });

  it("passes a steeper class whose memory grows no faster than the target's power of n", () => {
    // A large constant part lets O(n^2) fit best, while the memory grows as n^0.9.
    const schedule = realProblem("course-schedule");
    const sizes = [16384, 23170, 32767, 46340];
    const flat: SpaceResult = { measured: "O(n^2)", basis: "heap", points: sizes.map((n) => [n, 2_500_000 + 170 * n]) };
    const verdict = judgeSpace(schedule, flat, null, NOISE);
    expect(verdict.ok, verdict.verdict).toBe(true);
    expect(verdict.verdict).toMatch(/accepted all the same: it grows as n\^0\.\d+ over the sizes measured, no faster than O\(n\)/);
    // Slow code reaches only two sizes above the noise: their slope decides.
    const two: SpaceResult = { measured: "O(n^2)", basis: "heap", points: [[256, 600_000], [512, 700_000], [1024, 2_900_000], [1448, 3_700_000]] };
    expect(judgeSpace(schedule, two, null, NOISE).ok).toBe(true);
    const steep: SpaceResult = { measured: "O(n^2)", basis: "heap", points: sizes.map((n) => [n, 0.01 * n * n]) };
    expect(judgeSpace(schedule, steep, null, NOISE).ok).toBe(false);
  });

  it("does not hold a measurement that did not come off against the solution", () => {
    const verdict = judgeSpace(lcs, { measured: null, points: [], note: "stopped after 5.0 s" }, null, NOISE);
    expect(verdict).toMatchObject({ ok: true, measured: null });
    expect(verdict.verdict).toMatch(/not measured: stopped after 5.0 s/);
  });
});

describe("hiddenBelow", () => {
  it("names no class below what the problem's output can hide, and keeps every class from there up", () => {
    const problem = realProblem("inorder-traversal");
    const flat: SpaceResult = { measured: "O(1)", points: [[8192, 5872], [16384, 6000], [32768, 6100], [65536, 6050]], basis: "heap" };
    expect(hiddenBelow(problem, flat)).toMatchObject({ measured: null, note: expect.stringMatching(/^the readings say O\(1\), but on this problem memory up to O\(n\) can hide in the output: every node the stack holds/) });
    const hungry: SpaceResult = { measured: "O(n^2)", points: [[1024, 8e6], [2048, 3.2e7], [4096, 1.3e8]], basis: "heap" };
    expect(hiddenBelow(problem, hungry)).toBe(hungry);
    // A problem that declares nothing is left as measured.
    expect(hiddenBelow(realProblem("house-robber"), flat)).toBe(flat);
  });
});
