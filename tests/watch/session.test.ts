// The watch session reducer, without a terminal: events in, state and effects out.
import { describe, expect, it } from "vitest";
import type { ProblemResult } from "../../src/suite/results.js";
import type { WatchEvent } from "../../src/watch/events.js";
import { reduce, initialState, type WatchItem, type WatchState } from "../../src/watch/session.js";
import { availableShortcuts } from "../../src/watch/keys.js";
import type { CaseResult } from "../../src/suite/results.js";

const item = (slug: string, exists = true): WatchItem => ({ slug, lang: "ts", title: slug, file: `solutions/${slug}.ts`, hints: 2, exists });

const result = (slug: string, status: ProblemResult["status"]): ProblemResult => ({
  slug,
  lang: "ts",
  status,
  file: `solutions/${slug}.ts`,
  cases: { total: 3, passed: status === "passed" ? 3 : 1, failed: status === "passed" ? 0 : 2 },
  caseResults: [],
  failures: [],
  randomFailures: 0,
  seed: 1,
  durationMs: 5,
  probe: null,
});

function play(state: WatchState, ...events: WatchEvent[]) {
  const effects = [];
  for (const event of events) {
    const [next, more] = reduce(state, event);
    state = next;
    effects.push(...more);
  }
  return { state, effects };
}

const tick: WatchEvent = { type: "tick", now: 1 };
const key = (input: string, extra: Partial<Extract<WatchEvent, { type: "key" }>> = {}): WatchEvent => ({ type: "key", input, ...extra });

describe("watch session", () => {
  const start = () => initialState([item("lcs"), item("mha")], { autoProbe: false });

  it("runs the current problem first", () => {
    const { state, effects } = play(start(), tick);
    expect(effects).toEqual([{ type: "run", runId: 1, slug: "lcs", lang: "ts", probe: false }]);
    expect(state.running).toMatchObject({ runId: 1, key: "lcs:ts", phase: "cases" });
  });

  it("lets the last save win: a save during a run cancels it and runs again", () => {
    const { state, effects } = play(start(), tick, { type: "file-changed", item: item("lcs") });
    expect(effects).toEqual([
      { type: "run", runId: 1, slug: "lcs", lang: "ts", probe: false },
      { type: "cancel", runId: 1 },
      { type: "run", runId: 2, slug: "lcs", lang: "ts", probe: false },
    ]);
    // The cancelled run's result, should it still arrive, is never shown.
    const after = play(state, { type: "run-finished", runId: 1, result: result("lcs", "passed") });
    expect(after.state.results["lcs:ts"]).toBeUndefined();
    const fresh = play(after.state, { type: "run-finished", runId: 2, result: result("lcs", "failed") });
    expect(fresh.state.results["lcs:ts"].status).toBe("failed");
    expect(fresh.state.log).toHaveLength(1);
  });

  it("queues saves of other problems until the current run ends", () => {
    const { state, effects } = play(start(), tick, { type: "file-changed", item: item("mha") });
    expect(effects).toHaveLength(1);
    expect(state.dirty).toEqual(["mha:ts"]);
    const done = play(state, { type: "run-finished", runId: 1, result: result("lcs", "failed") });
    expect(done.effects).toEqual([{ type: "run", runId: 2, slug: "mha", lang: "ts", probe: false }]);
  });

  it("offers n only once the current problem passes, and runs the next one on arrival", () => {
    let s = play(start(), tick, { type: "run-finished", runId: 1, result: result("lcs", "failed") }).state;
    expect(play(s, key("n")).state.current).toBe(0);
    s = play(s, key("r"), { type: "run-finished", runId: 2, result: result("lcs", "passed") }).state;
    const moved = play(s, key("n"));
    expect(moved.state.current).toBe(1);
    expect(moved.effects).toEqual([{ type: "run", runId: 3, slug: "mha", lang: "ts", probe: false }]);
  });

  it("ignores r and c while a run is in progress", () => {
    const { state, effects } = play(start(), tick, key("r"), key("c"));
    expect(effects).toHaveLength(1);
    expect(state.dirty).toEqual([]);
  });

  it("probes after passing cases when asked to, and keeps the report", () => {
    let s = play(initialState([item("lcs")], { autoProbe: true }), tick).state;
    s = play(s, { type: "run-finished", runId: 1, result: result("lcs", "passed") }).state;
    expect(s.running?.phase).toBe("probe");
    s = play(s, { type: "probe-point", runId: 1, n: 4096 }).state;
    expect(s.running?.probeN).toBe(4096);
    const report = { ok: true } as never;
    s = play(s, { type: "probe-finished", runId: 1, report }).state;
    expect(s.running).toBeUndefined();
    expect(s.probes["lcs:ts"]).toBe(report);
  });

  it("shows the reference solution with s, only once the problem passes", () => {
    let s = play(start(), tick, { type: "run-finished", runId: 1, result: result("lcs", "failed") }).state;
    expect(play(s, key("s")).state.showSolution).toBe(false);
    s = play(s, key("r"), { type: "run-finished", runId: 2, result: result("lcs", "passed") }).state;
    s = play(s, key("s")).state;
    expect(s.showSolution).toBe(true);
    expect(play(s, key("s")).state.showSolution).toBe(false);
  });

  it("reveals hints one at a time, up to the problem's count", () => {
    const { state: s, effects } = play(start(), key("h"), key("h"), key("h"));
    expect(s.hintsShown.lcs).toBe(2);
    // Each hint shown is kept (drill watch saves the counts in the workspace).
    expect(effects.filter((e) => e.type === "save-hints")).toEqual([
      { type: "save-hints", hints: { lcs: 1, mha: 0 } },
      { type: "save-hints", hints: { lcs: 2, mha: 0 } },
    ]);
  });

  it("jumps through the list with arrows and enter", () => {
    let s = play(start(), tick, { type: "run-finished", runId: 1, result: result("lcs", "failed") }).state;
    s = play(s, key("l")).state;
    expect(s.view).toBe("list");
    const { state, effects } = play(s, key("", { downArrow: true }), key("", { return: true }));
    expect(state.view).toBe("main");
    expect(state.current).toBe(1);
    expect(effects).toEqual([{ type: "run", runId: 2, slug: "mha", lang: "ts", probe: false }]);
  });

  it("adds a solution created while watching, and forgets a deleted one's result", () => {
    let s = play(start(), tick, { type: "run-finished", runId: 1, result: result("lcs", "failed") }).state;
    s = play(s, { type: "file-changed", item: item("level-order") }).state;
    expect(s.items.map((i) => i.slug)).toEqual(["lcs", "mha", "level-order"]);
    s = play(s, { type: "file-changed", item: item("lcs", false) }).state;
    expect(s.results["lcs:ts"]).toBeUndefined();
    expect(s.items[0].exists).toBe(false);
  });

  it("quits on q and on Ctrl-C, cancelling a run", () => {
    const q = play(start(), tick, key("q"));
    expect(q.effects.slice(1)).toEqual([{ type: "cancel", runId: 1 }, { type: "quit" }]);
    const ctrlC = play(start(), key("c", { ctrl: true }));
    expect(ctrlC.effects).toEqual([{ type: "quit" }]);
    expect(ctrlC.state.quitting).toBe(true);
  });

  it("d shows the drill debug command for the first failing case: by name, or by its full input when generated", () => {
    const failing = (failure: Partial<CaseResult>): ProblemResult => ({
      ...result("lcs", "failed"),
      failures: [{ name: "line 3", group: "own", status: "wrong-answer", ms: 1, args: ["ab", "b"], ...failure } as CaseResult],
    });
    const items = [{ ...item("lcs"), argNames: ["a", "b"] }, item("mha")];
    let s = play(initialState(items, { autoProbe: false, workspaceArg: "my ws" }), tick).state;
    expect(availableShortcuts(s).map((k) => k.key)).not.toContain("d");
    s = play(s, { type: "run-finished", runId: 1, result: failing({}) }).state;
    expect(availableShortcuts(s).map((k) => k.key)).toContain("d");
    s = play(s, key("d")).state;
    expect(s.info).toBe(`Debug "your case, line 3" in another terminal: drill debug lcs --case 'line 3' --workspace 'my ws'`);
    s = play(s, key("r"), { type: "run-finished", runId: 2, result: failing({ name: "random #4 (n=2)", group: "random", args: ["a'b", "x"] }) }).state;
    expect(s.info).toBeUndefined();
    s = play(s, key("d")).state;
    expect(s.info).toContain(`drill debug lcs --input 'a = "a'\\''b", b = "x"' --workspace 'my ws'`);
  });

  it("e asks to open the current solution in the editor; an editor problem becomes a notice", () => {
    const { state, effects } = play(start(), tick, key("e"));
    expect(effects.at(-1)).toEqual({ type: "edit", slug: "lcs", lang: "ts" });
    expect(play(state, { type: "notice", message: "no editor set" }).state.notice).toBe("no editor set");
  });
});
