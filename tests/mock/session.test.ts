// The mock interview flow as a pure reducer, with the clock driven by tick events.
import { describe, expect, it } from "vitest";
import { problemScore, reduceMock, startMock, totalScore, type MockEvent, type MockProblem, type MockState } from "../../src/mock/session.js";

const problem: MockProblem = {
  slug: "sliding-window-max",
  lang: "ts",
  title: "Sliding Window Maximum",
  file: "solutions/mock/x/sliding-window-max.ts",
  target: "O(n)",
  space: "O(k) beyond the output",
  card: { id: "algorithms-sliding-window-max-complexity", question: "Why O(n)?", answer: "Each index is pushed and popped once." },
};
const T0 = 1_000_000;
const minute = 60_000;

function play(state: MockState, ...events: MockEvent[]) {
  const effects = [];
  for (const event of events) {
    const [next, more] = reduceMock(state, event);
    state = next;
    effects.push(...more);
  }
  return { state, effects };
}

const type = (text: string): MockEvent[] => [...text].map((input) => ({ type: "key", input }));
const enter: MockEvent = { type: "key", input: "", return: true };
const judged: MockEvent = { type: "judged", results: { "sliding-window-max": { status: "passed", passed: 88, total: 88, probe: { status: "passed", measured: "O(n)", ok: true } } } };

describe("mock interview flow", () => {
  const start = () => startMock([problem], { minutes: 45, now: T0 });

  it("counts quiet test runs and remembers when a problem first passed", () => {
    const { state } = play(
      start(),
      { type: "tick", now: T0 + 3 * minute },
      { type: "run-result", slug: problem.slug, summary: { status: "failed", passed: 3, total: 88 } },
      { type: "tick", now: T0 + 7 * minute },
      { type: "run-result", slug: problem.slug, summary: { status: "passed", passed: 88, total: 88 } },
      { type: "run-result", slug: problem.slug, summary: { status: "passed", passed: 88, total: 88 } },
    );
    expect(state.testsRun).toBe(3);
    expect(state.solvedAt[problem.slug]).toBe(7 * minute);
  });

  it("runs a saved solution quietly while coding, and no longer once the code is handed in", () => {
    const saved: MockEvent = { type: "file-saved", slug: problem.slug };
    expect(play(start(), saved).effects).toEqual([{ type: "run", slug: problem.slug, lang: "ts" }]);
    expect(play(start(), { type: "file-saved", slug: "not-in-this-mock" }).effects).toEqual([]);
    expect(play(start(), { type: "key", input: "q" }, saved).effects).toEqual([{ type: "run", slug: problem.slug, lang: "ts" }]);
    expect(play(start(), { type: "key", input: "s" }, saved).effects).toEqual([{ type: "judge" }]);
  });

  it("shows a judge that failed and goes on to the questions with the problem unjudged", () => {
    const { state } = play(start(), { type: "key", input: "s" }, { type: "failed", message: "drill could not judge: the runner broke" });
    expect(state.phase).toBe("questions");
    expect(state.notice).toBe("drill could not judge: the runner broke");
    expect(state.judged).toEqual({});
    expect(state.question).toMatchObject({ problem: 0, kind: "time" });
  });

  it("grades the space answer against the accepted classes and says whether it matches what the code measured", () => {
    const lcs: MockProblem = { ...problem, slug: "lcs", card: undefined, target: "O(n^2)", space: "O(n·m) table; O(min(n, m)) with two rows", spaceTarget: "O(n^2)", spaceBetter: "O(n)" };
    const answerSpace = (answer: string) => {
      let { state } = play(startMock([lcs], { minutes: 45, now: T0 }), { type: "key", input: "s" });
      ({ state } = play(state, { type: "judged", results: { lcs: { status: "passed", passed: 31, total: 31, probe: { status: "passed", measured: "O(n^2)", ok: true, space: { status: "passed", measured: "O(n^2)", ok: true } } } } }));
      ({ state } = play(state, ...type("O(n^2)"), enter, ...type(answer), enter));
      return state.answers.lcs.space;
    };
    expect(answerSpace("O(n^2)")).toMatchObject({ right: true, matchesMeasured: true });
    expect(answerSpace("O(n)")).toMatchObject({ right: true, matchesMeasured: false });
    expect(answerSpace("O(n^3)")).toMatchObject({ right: false, matchesMeasured: false });
  });

  it("grades graph answers in V and E, or in the problem's own names, as the O(n) they are", () => {
    const courses: MockProblem = {
      ...problem,
      slug: "course-schedule",
      card: undefined,
      target: "O(n)",
      space: "O(numCourses + len(prerequisites)) for the adjacency lists and in-degrees",
      spaceTarget: "O(n)",
      sizes: { numCourses: "n", prerequisites: "2n", V: "n", E: "2n" },
    };
    let { state } = play(startMock([courses], { minutes: 45, now: T0 }), { type: "key", input: "s" });
    ({ state } = play(state, { type: "judged", results: { "course-schedule": { status: "passed", passed: 20, total: 20, probe: { status: "passed", measured: "O(n)", ok: true } } } }));
    ({ state } = play(state, ...type("O(V+E)"), enter, ...type("O(numCourses + prerequisites)"), enter));
    expect(state.answers["course-schedule"].time).toMatchObject({ text: "O(V+E)", parsed: "O(n)", right: true, readAs: "O(n) with V = n, E = 2n" });
    expect(state.answers["course-schedule"].space).toMatchObject({ parsed: "O(n)", right: true });
    expect(problemScore(state, "course-schedule")).toBe(100);
  });

  it("shows each problem's statement in turn with v while coding, then hides it", () => {
    const two = startMock([problem, { ...problem, slug: "lcs" }], { minutes: 45, now: T0 });
    const v: MockEvent = { type: "key", input: "v" };
    expect(play(two, v).state.statementShown).toBe(0);
    expect(play(two, v, v).state.statementShown).toBe(1);
    expect(play(two, v, v, v).state.statementShown).toBeUndefined();
    expect(play(two, v).state.phase).toBe("coding");
  });

  it("warns at five minutes left and submits by itself at zero", () => {
    let { state, effects } = play(start(), { type: "tick", now: T0 + 39 * minute });
    expect(state.warned).toBe(false);
    ({ state, effects } = play(state, { type: "tick", now: T0 + 40 * minute }));
    expect(state.warned).toBe(true);
    ({ state, effects } = play(state, { type: "tick", now: T0 + 45 * minute + 10 }));
    expect(state).toMatchObject({ phase: "judging", outcome: "timed-out", endedAt: T0 + 45 * minute });
    expect(effects).toEqual([{ type: "judge" }]);
  });

  it("submits on s, then asks time, space and the theory follow-up, and grades the answers", () => {
    let { state, effects } = play(start(), { type: "tick", now: T0 + 12 * minute }, { type: "key", input: "s" });
    expect(state.phase).toBe("judging");
    expect(effects).toEqual([{ type: "judge" }]);
    ({ state } = play(state, judged));
    expect(state.question).toMatchObject({ problem: 0, kind: "time" });
    ({ state } = play(state, ...type("O(n)"), enter));
    expect(state.answers[problem.slug].time).toMatchObject({ parsed: "O(n)", right: true, matchesMeasured: true });
    expect(state.question?.kind).toBe("space");
    const backspace: MockEvent = { type: "key", input: "", backspace: true };
    ({ state } = play(state, ...type("O(n*k)"), backspace, backspace, backspace, { type: "key", input: ")" }, enter));
    expect(state.answers[problem.slug].space).toMatchObject({ text: "O(n)", parsed: "O(n)", right: true });
    ({ state } = play(state, enter));
    expect(state.question).toMatchObject({ kind: "theory", revealed: true });
    ({ state, effects } = play(state, { type: "key", input: "n" }));
    expect(state.phase).toBe("scorecard");
    expect(effects).toEqual([{ type: "record" }]);
    expect(state.answers[problem.slug].theoryKnew).toBe(false);
    // 40 cases + 20 probe + 15 time + 10 space, theory missed: 85/100.
    expect(problemScore(state, problem.slug)).toBe(85);
    expect(totalScore(state)).toBe(85);
    ({ effects } = play(state, { type: "key", input: "x" }));
    expect(effects).toEqual([{ type: "quit" }]);
  });

  it("grades a wrong complexity answer as wrong", () => {
    const { state } = play(start(), { type: "key", input: "s" }, judged, ...type("n^2"), enter);
    expect(state.answers[problem.slug].time).toMatchObject({ parsed: "O(n^2)", right: false });
  });

  it("asks before leaving on Ctrl-C: submit, abandon, or keep going", () => {
    let { state, effects } = play(start(), { type: "key", input: "c", ctrl: true });
    expect(state.phase).toBe("confirm-quit");
    ({ state } = play(state, { type: "key", input: "x" }));
    expect(state.phase).toBe("coding");
    ({ state, effects } = play(state, { type: "key", input: "q" }, { type: "key", input: "a" }));
    expect(state.outcome).toBe("abandoned");
    expect(effects).toEqual([{ type: "record" }, { type: "quit" }]);
  });

  it("ignores quiet runs once the code is submitted", () => {
    const { state } = play(start(), { type: "key", input: "s" }, { type: "run-result", slug: problem.slug, summary: { status: "passed", passed: 1, total: 1 } });
    expect(state.testsRun).toBe(0);
  });
});
