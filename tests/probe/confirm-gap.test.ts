// A probe that fails code only on its widening gap to the reference (its own curve fits the
// target, or no class) measures again before it says so: a busy machine can widen a gap once, a
// slower term widens it every time. The runners here answer with scripted times, so what each
// measurement shows is known exactly.
import { describe, expect, it } from "vitest";
import { probeSolution } from "../../src/probe/run-probe.js";
import type { CaseRunner, RunnerReply } from "../../src/runner/message-runner.js";
import type { Request, RequestType } from "../../src/runner/protocol/schema.js";
import type { LanguageAdapter, OpenedRunner, ProbeRunnerRequest } from "../../src/runner/types.js";
import { realProblem } from "../helpers/run-solution.js";

/** Seconds per call at n. */
type Curve = (n: number) => number;

class ScriptedRunner implements CaseRunner {
  alive = true;
  private readonly replies: RunnerReply[] = [];
  constructor(private readonly curve: Curve) {}

  send(message: Request): void {
    if (message.type === "probe-inputs") this.replies.push({ type: "inputs-ok", n: message.n });
    else if (message.type === "sample") this.replies.push({ type: "sampled", n: message.n, seconds: this.curve(message.n), mutates: false });
    else this.replies.push({ type: "crashed", message: `not scripted: ${message.type}` });
  }

  async next<T extends RequestType>(): Promise<RunnerReply<T>> {
    return (this.replies.shift() ?? { type: "crashed", message: "nothing to answer" }) as RunnerReply<T>;
  }

  request<R extends Request>(message: R): Promise<RunnerReply<R["type"]>> {
    this.send(message);
    return this.next<R["type"]>();
  }

  async terminate(): Promise<void> {
    this.alive = false;
  }
}

/** The reference runs in n^2 unless given; the solution's n-th opening runs `measurements[n]` (the last one from then on). */
function scriptedAdapter(measurements: Curve[], reference: Curve = (n) => 1e-8 * n * n): LanguageAdapter & { openings: number } {
  const adapter = {
    lang: "ts" as const,
    openings: 0,
    run: async () => ({ kind: "unreadable" as const, message: "not scripted" }),
    openProbeRunner: async (request: ProbeRunnerRequest): Promise<OpenedRunner> => {
      const isReference = request.solutionFile.includes("reference.");
      const curve = isReference ? reference : measurements[Math.min(adapter.openings++, measurements.length - 1)];
      return { kind: "ready", runner: new ScriptedRunner(curve), leetcode: false };
    },
    dispose: async () => {},
  };
  return adapter;
}

// partition-equal-subset-sum: target O(n^2), its reference O(n^2).
const problem = realProblem("partition-equal-subset-sum");
/** A correct O(n^2) solution whose gap to the reference widened in one busy measurement (a collector starved of CPU). */
const busyOnce: Curve = (n) => 1e-8 * n * n * 3 * (n > 60 ? (n / 60) ** 0.9 : 1) * (1 + 0.7 * Math.sin(n * 12.9898));
const steady: Curve = (n) => 3e-8 * n * n * (1 + 0.3 * Math.sin(n * 7.31));
/** Truly slower: an extra factor of n that shows from n = 60 on, every time; measured on a busy machine, then a quieter one. */
const slower = (noise: number): Curve => (n) => 1e-8 * n * n * 3 * (n > 60 ? n / 60 : 1) * (1 + noise * Math.sin(n * 12.9898));

describe("a failure on the gap to the reference alone", () => {
  it("is measured again, and not held against the code when the second measurement keeps pace", async () => {
    const adapter = scriptedAdapter([busyOnce, steady]);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(2);
    expect(report.status).toBe("inconclusive");
    expect(report.ok).toBe(true);
    expect(report.verdict).toMatch(/pulled away from the reference in one measurement .* but a second measurement did not repeat it/);
    expect(report.advice).toMatch(/--budget/);
  });

  it("is inconclusive, on the first measurement's sizes, when the second could time no size at all", async () => {
    // A machine so busy that the second measurement's first call never came back in time.
    const adapter = scriptedAdapter([slower(0.7), () => Number.NaN]);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(2);
    expect(report.status).toBe("inconclusive");
    expect(report.verdict).toMatch(/pulled away from the reference in one measurement .* but a second measurement, to confirm it, timed no size/);
    expect(report.points.length).toBeGreaterThanOrEqual(6);
    expect(report.ratio).not.toBeNull();
  });

  it("fails when the second measurement widens the gap again, and says it was measured twice", async () => {
    const adapter = scriptedAdapter([slower(0.7), slower(0.3)]);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(2);
    expect(report.status).toBe("failed");
    expect(report.verdict).toMatch(/grows faster than the reference/);
    expect(report.note).toMatch(/widened again in a second measurement/);
  });

  it("measures the second measurement further when it, too, pulls away where its budget ran out, and fails if that fails", async () => {
    // Slow code on a busy machine, measured again: the extra term only starts at the top of what the
    // second measurement reached. Passing there while pulling away is no contradiction; measured further, it fails.
    const late: Curve = (n) => 3e-8 * n * n * (1 + n / 400);
    const adapter = scriptedAdapter([slower(0.7), late, slower(0.3)]);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(3);
    expect(report.status).toBe("failed");
    expect(report.note).toMatch(/widened again in a second measurement \(measured further after [\d.]+× the reference's time at n = [\d,]+ with the gap widening\)/);
  });

  it("fails when the second measurement, slowed down, reaches too few sizes but finds the gap as wide there", async () => {
    // Slow code on a busy machine: the second time, each call cost so much that the ladder stopped after a few small sizes.
    const crawling: Curve = (n) => slower(0.3)(n) * 2000;
    const adapter = scriptedAdapter([slower(0.7), crawling]);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(2);
    expect(report.status).toBe("failed");
    expect(report.note).toMatch(/a second measurement reached only (one size|\d+ sizes), up to n = [\d,]+, and there the gap was as wide or wider/);
  });
});

describe("times too uneven to name a class", () => {
  // A busy machine caught about half the sizes (at random, 6× their time) and not the others,
  // against a reference that slows down at the top (no steady ratio to lean on either).
  const caught = (n: number) => {
    const x = Math.sin(n * 12.9898) * 43758.5453;
    return x - Math.floor(x) >= 0.5;
  };
  const uneven: Curve = (n) => 3e-8 * n * n * (caught(n) ? 6 : 1);
  const reference: Curve = (n) => 1e-8 * n * n * (1 + n / 200);

  it("are measured once more, and the verdict is the second measurement's", async () => {
    const adapter = scriptedAdapter([uneven, steady], reference);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(2);
    expect(report.status).toBe("passed");
    expect(report.measured).toBe("O(n^2)");
    expect(report.note).toMatch(/measured again after the times of a first measurement were too uneven to name a class/);
  });

  it("leave the probe inconclusive, measured twice and no more, when the second measurement is as uneven", async () => {
    const adapter = scriptedAdapter([uneven], reference);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(2);
    expect(report.status).toBe("inconclusive");
    expect(report.verdict).toMatch(/^the times were too uneven to name a class in two measurements \(the best fits, O\(.+\) off by \d+ % and O\(.+\) off by \d+ % per size; a busy machine\?\)$/);
    expect(report.advice).toMatch(/--budget 10/);
  });
});

describe("a class below the reference's true one, on a curve still steepening at the top", () => {
  it("is measured further, and never named below the reference's class while it steepens", async () => {
    // numpy-style code: a fixed cost per step hides an n^2 term until n is in the thousands.
    const overheadFirst: Curve = (n) => 2e-6 * n + 1e-9 * n * n;
    const adapter = scriptedAdapter([overheadFirst]);
    const report = await probeSolution(problem, { file: "/solutions/partition-equal-subset-sum.ts", lang: "ts", adapter, budgetMs: 1000 });
    expect(adapter.openings).toBe(2);
    expect(report.status).toBe("passed");
    expect(report.note).toMatch(/measured further after the fit said O\(n( log n)?\) with the curve still steepening/);
    expect([null, "O(n^2)"]).toContain(report.measured);
  });
});

describe("a pass on a class its curve climbs well past at the top, pulling away from the reference", () => {
  it("is measured further, and the class it left behind is never named", async () => {
    // word-break (target O(n^2), reference O(n)): a table that copies and hashes a slice per
    // earlier prefix at the last position — an n^2 term memcpy-cheap next to the loop until n is in the thousands.
    const wordBreak = realProblem("word-break");
    const sliceCopies: Curve = (n) => 3.4e-7 * n + 1.1e-10 * n * n;
    const adapter = scriptedAdapter([sliceCopies], (n) => 5.7e-7 * n);
    const report = await probeSolution(wordBreak, { file: "/solutions/word-break.ts", lang: "ts", adapter, budgetMs: 3000 });
    expect(adapter.openings).toBe(2);
    expect(report.note).toMatch(/measured further after the fit said O\(n( log n)?\) with the curve still steepening/);
    expect(report.status).toBe("passed");
    expect([null, "O(n^2)"]).toContain(report.measured);
    if (report.measured === null) expect(report.verdict).toMatch(/names no class: .*steepens at the top .*pulling away from the reference/);
  });
});

describe("a pass at the target, its measurement stopped short of the problem's sizes by the cost of one call", () => {
  it("is measured further as soon as its top climbs past the target's log factor, and fails when the slower term takes over there", async () => {
    // word-break's slicing table in Python (target O(n^2), reference O(n)): the interpreter's
    // loop per pair of prefixes, and a copy and a hash of each slice, n^3 with a constant a
    // thousand times smaller. A 3 s budget stops one call at 36 ms, near n = 700, where the curve
    // climbs like n^2.2: under the n^2.25 that sends a probe further when it reached every size.
    const wordBreak = realProblem("word-break");
    const slices: Curve = (n) => 2e-7 * n + 5e-8 * n * n + 4e-11 * n * n * n;
    const adapter = scriptedAdapter([slices], (n) => 5.7e-7 * n);
    const report = await probeSolution(wordBreak, { file: "/solutions/word-break.ts", lang: "ts", adapter, budgetMs: 3000 });
    expect(adapter.openings).toBeGreaterThanOrEqual(2);
    expect(report.note).toMatch(/measured further after [\d.]+× the reference's time at n = [\d,]+ with the gap widening/);
    expect(report.status).toBe("failed");
  });
});
