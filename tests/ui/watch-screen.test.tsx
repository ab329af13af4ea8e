import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import type { ProblemResult } from "../../src/suite/results.js";
import { WatchScreen } from "../../src/ui/screens/WatchScreen.js";
import { initialState, reduce, type WatchState } from "../../src/watch/session.js";
import type { WatchEvent } from "../../src/watch/events.js";
import { realProblem } from "../helpers/run-solution.js";
import type { ProbeReport } from "../../src/probe/run-probe.js";
import { itemKey } from "../../src/watch/keys.js";

const strip = (s: string | undefined) => (s ?? "").replace(/\u001b\[[0-9;]*m/g, "");
const problem = realProblem("sliding-window-max");
const problems = new Map([[problem.slug, problem]]);
const item = { slug: problem.slug, lang: "ts" as const, title: "Sliding Window Maximum", file: "solutions/sliding-window-max.ts", hints: 3, exists: true };

const failing: ProblemResult = {
  slug: problem.slug,
  lang: "ts",
  status: "failed",
  file: item.file,
  cases: { total: 3, passed: 2, failed: 1 },
  caseResults: [
    { name: "example", group: "fixed", status: "passed", ms: 0.1, args: [[1], 1] },
    {
      name: "window start off by one",
      group: "fixed",
      status: "wrong-answer",
      ms: 0.1,
      args: [[10, 1, 1, 1, 2], 2],
      expected: [10, 1, 1, 2],
      actual: [10, 10, 1, 2],
      message: "first difference at [1]: expected 1, received 10",
      why: "a window of k + 1 elements keeps the 10 one step too long",
    },
    { name: "random #1 (n=1)", group: "random", status: "passed", ms: 0.1, args: [[1], 1] },
  ],
  failures: [],
  randomFailures: 0,
  seed: 1,
  durationMs: 12,
  probe: null,
};
failing.failures = [failing.caseResults[1]];

function after(events: WatchEvent[]): WatchState {
  let state = initialState([item], { autoProbe: false, now: 0 });
  for (const e of events) state = reduce(state, e)[0];
  return state;
}

describe("WatchScreen", () => {
  it("shows the case groups, the first failure with Expected/Received, and the keys", () => {
    const state = after([{ type: "tick", now: 0 }, { type: "run-finished", runId: 1, result: failing }]);
    const { lastFrame, unmount } = render(<WatchScreen state={state} problems={problems} />);
    const frame = strip(lastFrame());
    expect(frame).toContain("drill watch [------------------------] 0/1 passing");
    expect(frame).toContain("▶ sliding-window-max [ts] Sliding Window Maximum — solutions/sliding-window-max.ts");
    expect(frame).toMatch(/✗ fixed cases\s+1\/2/);
    expect(frame).toMatch(/✓ random check 1\/1/);
    expect(frame).toContain("window start off by one [wrong answer]");
    expect(frame).toMatch(/expected\s+\[10,1,1,2\]/);
    expect(frame).toMatch(/received\s+\[10,10,1,2\]/);
    expect(frame).toContain("h hint · r re-run · d debug command · e edit · q quit");
    expect(frame).not.toContain("n next problem");
    unmount();
  });

  it("shows your cases as their own group, the @case lines drill could not use, and the debug command from d", () => {
    const own: ProblemResult = {
      ...failing,
      caseResults: [{ name: "line 2", group: "own", status: "wrong-answer", ms: 0.1, args: [[4, 2], 1], expected: [4, 3], actual: [4, 2], message: "first difference at [1]" }, ...failing.caseResults],
      caseLineErrors: [{ line: 3, text: "nums = [1,", message: "expected a value but the text ends (at column 11)" }],
    };
    own.failures = [own.caseResults[0], failing.caseResults[1]];
    const state = after([{ type: "tick", now: 0 }, { type: "run-finished", runId: 1, result: own }, { type: "key", input: "d" }]);
    const { lastFrame, unmount } = render(<WatchScreen state={state} problems={problems} />);
    const frame = strip(lastFrame());
    expect(frame).toMatch(/✗ your cases\s+0\/1/);
    expect(frame).toContain("! solutions/sliding-window-max.ts:3: expected a value but the text ends");
    expect(frame).toContain("your case, line 2 [wrong answer]");
    expect(frame).toContain(`Debug "your case, line 2" in another terminal: drill debug sliding-window-max --case 'line 2'`);
    unmount();
  });

  it("shows progress while a run is going, and the hint once revealed", () => {
    const state = after([
      { type: "tick", now: 0 },
      { type: "case-progress", runId: 1, done: 12, total: 88 },
      { type: "key", input: "h" },
    ]);
    const { lastFrame, unmount } = render(<WatchScreen state={state} problems={problems} />);
    const frame = strip(lastFrame());
    expect(frame).toContain("running case 12/88");
    expect(frame).toContain("Hint 1/3: Rescanning each window costs O(k) per step.");
    unmount();
  });

  it("offers n once the problem passes", () => {
    const two = { ...item, slug: "lcs", file: "solutions/lcs.ts" };
    let state = initialState([item, two], { autoProbe: false, now: 0 });
    for (const e of [{ type: "tick", now: 0 }, { type: "run-finished", runId: 1, result: { ...failing, status: "passed", failures: [], caseResults: failing.caseResults.map((c) => ({ ...c, status: "passed" as const })) } }] as WatchEvent[]) {
      state = reduce(state, e)[0];
    }
    const { lastFrame, unmount } = render(<WatchScreen state={state} problems={problems} />);
    const frame = strip(lastFrame());
    expect(frame).toContain("[###########>------------] 1/2 passing");
    expect(frame).toContain("All cases pass.");
    expect(frame).toContain("n next problem");
    unmount();
  });

  it("shows a probe with too little evidence as inconclusive, with what to do, never as a tick", () => {
    const advice = "run it again with a larger budget (--budget 10), on a quieter machine if you can";
    const probe: ProbeReport = {
      status: "inconclusive",
      measured: null,
      target: "O(n)",
      ok: true,
      tolerated: false,
      verdict: "only 2 sizes (n = 8…11) could be measured within the budget: too little to name a class",
      advice,
      points: [[8, 1e-6], [11, 1.4e-6]],
      slope: 1,
      alternatives: [],
      nRange: [8, 11],
      n: "the array length",
      elapsedMs: 3000,
      reference: null,
      ratio: null,
    };
    const passed = { ...failing, status: "passed" as const, failures: [], caseResults: failing.caseResults.map((c) => ({ ...c, status: "passed" as const })) };
    const state = after([{ type: "tick", now: 0 }, { type: "run-finished", runId: 1, result: passed }] as WatchEvent[]);
    const { lastFrame, unmount } = render(<WatchScreen state={{ ...state, probes: { [itemKey(item)]: probe } }} problems={problems} />);
    const frame = strip(lastFrame());
    expect(frame).toMatch(/time \? only 2 sizes \(n = 8…11\) could be measured/);
    expect(frame).toContain(`inconclusive: ${advice}`);
    expect(frame).not.toMatch(/time ✓/);
    unmount();
  });

  it("says how much of a long reference solution is not shown, and where to read it all", () => {
    const passed: ProblemResult = { ...failing, status: "passed", cases: { total: 3, passed: 3, failed: 0 }, failures: [] };
    const state = { ...after([{ type: "tick", now: 0 }, { type: "run-finished", runId: 1, result: passed }]), showSolution: true };
    const long = Array.from({ length: 55 }, (_, i) => `line ${i + 1}`).join("\n");
    const { lastFrame, unmount } = render(<WatchScreen state={state} problems={problems} reference={() => long} />);
    const frame = strip(lastFrame());
    expect(frame).toContain("line 40");
    expect(frame).not.toContain("line 41");
    expect(frame).toContain("… 15 more lines: drill solution sliding-window-max");
    unmount();
  });
});
