// The review session reducer, without a terminal: the watch loop's events in, grades out.
import { describe, expect, it } from "vitest";
import type { ProbeReport } from "../../src/probe/run-probe.js";
import { reduceReview, startReview, type ReviewEffect, type ReviewEvent, type ReviewState } from "../../src/review/session.js";
import type { ProblemResult } from "../../src/suite/results.js";
import type { WatchItem } from "../../src/watch/session.js";

const MIN = 60_000;
const item = (slug: string): WatchItem & { difficulty: "medium" } => ({ slug, lang: "ts", title: slug, file: `review/${slug}.ts`, hints: 2, exists: true, difficulty: "medium" });
const result = (slug: string, passed: boolean): ProblemResult => ({
  slug,
  lang: "ts",
  status: passed ? "passed" : "failed",
  file: `review/${slug}.ts`,
  cases: { total: 3, passed: passed ? 3 : 1, failed: passed ? 0 : 2 },
  caseResults: [],
  failures: [],
  randomFailures: 0,
  seed: 1,
  durationMs: 5,
  probe: null,
});
const probe = (ok: boolean, spaceOk: boolean) =>
  ({ measured: "O(n)", target: "O(n)", ok, space: { measured: "O(n)", target: "O(n)", better: null, ok: spaceOk, betterMet: false, verdict: "", points: [], reference: null } }) as unknown as ProbeReport;

function play(state: ReviewState, ...events: ReviewEvent[]): { state: ReviewState; effects: ReviewEffect[] } {
  const effects: ReviewEffect[] = [];
  for (const event of events) {
    const [next, more] = reduceReview(state, event);
    state = next;
    effects.push(...more);
  }
  return { state, effects };
}

const grades = (effects: ReviewEffect[]) => effects.filter((e) => e.type === "grade").map((e) => (e.type === "grade" ? `${e.slug}:${e.grade}` : ""));
const lastRunId = (effects: ReviewEffect[]) => (effects.filter((e) => e.type === "run").pop() as { runId: number }).runId;
const tick = (now: number): ReviewEvent => ({ type: "tick", now });
const save = (slug: string): ReviewEvent => ({ type: "file-changed", item: item(slug) });
const key = (input: string): ReviewEvent => ({ type: "key", input });

/** Saves and lets the run finish with the given outcome; returns the new state and all effects. */
function saveAndRun(state: ReviewState, slug: string, passed: boolean, now: number) {
  const saved = play(state, tick(now), save(slug));
  const finished = play(saved.state, { type: "run-finished", runId: lastRunId(saved.effects), result: result(slug, passed) });
  return { state: finished.state, effects: [...saved.effects, ...finished.effects], runId: lastRunId(saved.effects) };
}

describe("review session", () => {
  const start = () => {
    // The stub's own first run (before any save) fails and is no attempt.
    const s = startReview([item("lcs"), item("mha")], { now: 0 });
    const first = play(s, tick(0));
    return play(first.state, { type: "run-finished", runId: lastRunId(first.effects), result: result("lcs", false) }).state;
  };

  it("runs the stub without counting it, then grades Easy for a quick first-run pass that meets both probes", () => {
    const s0 = start();
    expect(s0.tracks["lcs:ts"]).toMatchObject({ saves: 0, runs: 0, startedAt: 0 });
    const run = saveAndRun(s0, "lcs", true, 8 * MIN);
    // The probe runs next: no grade until it reports.
    expect(grades(run.effects)).toEqual([]);
    expect(run.state.running?.phase).toBe("probe");
    const done = play(run.state, { type: "probe-finished", runId: run.runId, report: probe(true, true) });
    expect(grades(done.effects)).toEqual(["lcs:4"]);
    expect(done.state.tracks["lcs:ts"].attempt).toMatchObject({ passed: true, firstRun: true, msToPass: 8 * MIN, hints: 0, probeOk: true, spaceOk: true });
    // Graded once: later saves and runs do not grade again.
    const again = saveAndRun(done.state, "lcs", true, 9 * MIN);
    expect(grades(again.effects)).toEqual([]);
  });

  it("grades Good when the first run failed, Hard after a hint, Again after a peek at the reference", () => {
    let s = saveAndRun(start(), "lcs", false, MIN).state;
    let run = saveAndRun(s, "lcs", true, 2 * MIN);
    let done = play(run.state, { type: "probe-finished", runId: run.runId, report: probe(true, true) });
    expect(grades(done.effects)).toEqual(["lcs:3"]);

    s = play(start(), key("h")).state;
    run = saveAndRun(s, "lcs", true, 2 * MIN);
    done = play(run.state, { type: "probe-finished", runId: run.runId, report: probe(true, true) });
    expect(grades(done.effects)).toEqual(["lcs:2"]);

    s = play(start(), key("s")).state;
    expect(s.showSolution).toBe(true);
    run = saveAndRun(s, "lcs", true, 2 * MIN);
    done = play(run.state, { type: "probe-finished", runId: run.runId, report: probe(true, true) });
    expect(grades(done.effects)).toEqual(["lcs:1"]);
  });

  it("counts an inconclusive probe as no verdict: a quick first-run pass is then Good, not Easy", () => {
    const run = saveAndRun(start(), "lcs", true, 3 * MIN);
    const report = { ...probe(true, true), status: "inconclusive" } as ProbeReport;
    const done = play(run.state, { type: "probe-finished", runId: run.runId, report });
    expect(grades(done.effects)).toEqual(["lcs:3"]);
    expect(done.state.tracks["lcs:ts"].attempt?.probeOk).toBeNull();
  });

  it("grades Hard for a slow pass or a failed time probe", () => {
    const slow = saveAndRun(start(), "lcs", true, 40 * MIN);
    expect(grades(play(slow.state, { type: "probe-finished", runId: slow.runId, report: probe(true, true) }).effects)).toEqual(["lcs:2"]);
    const badProbe = saveAndRun(start(), "lcs", true, 3 * MIN);
    expect(grades(play(badProbe.state, { type: "probe-finished", runId: badProbe.runId, report: probe(false, true) }).effects)).toEqual(["lcs:2"]);
  });

  it("grades Again when you leave a saved problem with n before it passes, and starts the next one's clock", () => {
    const s = saveAndRun(start(), "lcs", false, MIN).state;
    const left = play(s, tick(5 * MIN), key("n"));
    expect(grades(left.effects)).toEqual(["lcs:1"]);
    expect(left.state.current).toBe(1);
    expect(left.state.tracks["mha:ts"].startedAt).toBe(5 * MIN);
    expect(left.effects).toContainEqual(expect.objectContaining({ type: "run", slug: "mha" }));
  });

  it("leaves a problem never saved ungraded (it stays due)", () => {
    const left = play(start(), key("n"));
    expect(grades(left.effects)).toEqual([]);
    expect(left.state.current).toBe(1);
  });

  it("grades on q before quitting, and n on the last problem ends the code like q", () => {
    const s = saveAndRun(start(), "lcs", false, MIN).state;
    const quit = play(s, key("q"));
    expect(quit.effects.map((e) => e.type)).toEqual(["grade", "quit"]);
    const last = play(start(), key("n"), key("n"));
    expect(last.state.quitting).toBe(true);
    expect(last.effects.some((e) => e.type === "quit")).toBe(true);
  });

  it("grades a pass whose probe was cancelled by a newer save, without the probe", () => {
    const run = saveAndRun(start(), "lcs", true, 3 * MIN);
    const saved = play(run.state, save("lcs"));
    expect(grades(saved.effects)).toEqual(["lcs:3"]);
    expect(saved.state.tracks["lcs:ts"].attempt?.probeOk).toBeNull();
  });

  it("shows the next due date once the grade is saved", () => {
    const s = play(start(), { type: "scheduled", key: "lcs:ts", due: "2026-12-20T10:00:00.000Z" }).state;
    expect(s.tracks["lcs:ts"].due).toBe("2026-12-20T10:00:00.000Z");
  });
});
