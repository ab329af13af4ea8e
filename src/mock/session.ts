// A mock interview as a pure reducer. Phases: coding against the clock (results hidden unless
// --feedback), judging (cases and probes), the interviewer's questions (time complexity, space
// complexity, one theory follow-up per problem), and the score card. The clock is an event
// (tick), so tests drive time without waiting.
import type { ProbeStatus } from "../probe/verdict.js";
import type { ComplexityClass } from "../registry/complexity.js";
import type { Lang } from "../registry/problem.js";
import { classesIn, readAnswer, type Sizes } from "./complexity-answer.js";

export interface MockProblem {
  slug: string;
  lang: Lang;
  title: string;
  file: string;
  target: ComplexityClass;
  /** The problem's space description ("O(k) beyond the output"). */
  space: string;
  /** The extra space accepted and the follow-up's, as classes (the probe measures against them). */
  spaceTarget?: ComplexityClass | null;
  spaceBetter?: ComplexityClass | null;
  /** The problem's other sizes in terms of n ({ k: "n/4" }), for reading answers. */
  sizes?: Sizes;
  /** The statement as the terminal shows it (v while coding). */
  statement?: string;
  card?: { id: string; question: string; answer: string };
}

export interface RunSummary {
  status: "passed" | "failed" | "error" | "missing";
  passed: number;
  total: number;
}

export interface JudgedProblem extends RunSummary {
  /** ok: not failed (an inconclusive probe is not held against the candidate, and says so). */
  probe: { status: ProbeStatus; measured: ComplexityClass | null; ok: boolean; space?: { status: ProbeStatus; measured: ComplexityClass | null; ok: boolean } | null } | null;
}

export interface Answer {
  /** The answer as typed. */
  text: string;
  parsed: ComplexityClass | null;
  /** How it was read ("O(n) with k = n/4"), or why it could not be. */
  readAs: string | null;
  error?: string;
  right: boolean;
}

export interface ProblemAnswers {
  time?: Answer & { matchesMeasured: boolean };
  space?: Answer & { matchesMeasured: boolean };
  theoryKnew?: boolean;
}

export type QuestionKind = "time" | "space" | "theory";

export interface MockState {
  phase: "coding" | "confirm-quit" | "judging" | "questions" | "scorecard" | "done";
  problems: MockProblem[];
  startedAt: number;
  deadline: number;
  now: number;
  /** Show each run's result while coding (--feedback). */
  feedback: boolean;
  testsRun: number;
  latest: Record<string, RunSummary>;
  /** When each problem first passed (ms after the start). */
  solvedAt: Record<string, number>;
  warned: boolean;
  endedAt?: number;
  outcome?: "submitted" | "timed-out" | "abandoned";
  judged: Record<string, JudgedProblem>;
  question?: { problem: number; kind: QuestionKind; input: string; revealed: boolean };
  answers: Record<string, ProblemAnswers>;
  /** Why the attempt is not in the history (a read-only workspace). */
  notSaved?: string;
  /** The problem whose statement is shown while coding (v cycles through them, then hides). */
  statementShown?: number;
  /** drill's own failure (a judge that could not finish), shown under the screen. */
  notice?: string;
}

export type MockEvent =
  | { type: "tick"; now: number }
  | { type: "key"; input: string; ctrl?: boolean; escape?: boolean; return?: boolean; backspace?: boolean; delete?: boolean }
  /** A solution file was saved (while coding, its cases run quietly). */
  | { type: "file-saved"; slug: string }
  | { type: "run-result"; slug: string; summary: RunSummary }
  | { type: "judged"; results: Record<string, JudgedProblem> }
  /** The attempt could not be recorded (a read-only workspace). */
  | { type: "not-saved"; message: string }
  /** An effect failed (drill's own failure): shown; a judge that failed leaves the problems unjudged. */
  | { type: "failed"; message: string };

export type MockEffect = { type: "run"; slug: string; lang: Lang } | { type: "judge" } | { type: "record" } | { type: "quit" };

export const WARNING_MS = 5 * 60 * 1000;

export function startMock(problems: MockProblem[], options: { minutes: number; now: number; feedback?: boolean }): MockState {
  return {
    phase: "coding",
    problems,
    startedAt: options.now,
    deadline: options.now + options.minutes * 60 * 1000,
    now: options.now,
    feedback: options.feedback ?? false,
    testsRun: 0,
    latest: {},
    solvedAt: {},
    warned: false,
    judged: {},
    answers: {},
  };
}

export function remainingMs(state: MockState): number {
  return Math.max(0, state.deadline - (state.endedAt ?? state.now));
}

function submit(state: MockState, outcome: "submitted" | "timed-out"): [MockState, MockEffect[]] {
  return [{ ...state, phase: "judging", outcome, endedAt: Math.min(state.now, state.deadline) }, [{ type: "judge" }]];
}

function kindsFor(problem: MockProblem): QuestionKind[] {
  return problem.card ? ["time", "space", "theory"] : ["time", "space"];
}

/** The question after the current one, or undefined after the last. */
function nextQuestion(state: MockState): MockState["question"] {
  const q = state.question;
  if (!q) return state.problems.length ? { problem: 0, kind: "time", input: "", revealed: false } : undefined;
  const kinds = kindsFor(state.problems[q.problem]);
  const at = kinds.indexOf(q.kind);
  if (at < kinds.length - 1) return { problem: q.problem, kind: kinds[at + 1], input: "", revealed: false };
  if (q.problem < state.problems.length - 1) return { problem: q.problem + 1, kind: "time", input: "", revealed: false };
  return undefined;
}

function advance(state: MockState): [MockState, MockEffect[]] {
  const question = nextQuestion(state);
  if (question) return [{ ...state, question }, []];
  return [{ ...state, question: undefined, phase: "scorecard" }, [{ type: "record" }]];
}

function gradeAnswer(state: MockState): MockState {
  const q = state.question!;
  const problem = state.problems[q.problem];
  const reading = readAnswer(q.input, problem.sizes);
  const parsed = reading.cls;
  const read = { text: q.input, parsed, readAs: reading.readAs, ...(reading.error ? { error: reading.error } : {}) };
  const previous = state.answers[problem.slug] ?? {};
  let answers: ProblemAnswers;
  if (q.kind === "time") {
    const measured = state.judged[problem.slug]?.probe?.measured ?? null;
    answers = { ...previous, time: { ...read, right: parsed === problem.target, matchesMeasured: parsed !== null && parsed === measured } };
  } else {
    const measured = state.judged[problem.slug]?.probe?.space?.measured ?? null;
    const accepted = [...classesIn(problem.space, problem.sizes), problem.spaceTarget, problem.spaceBetter];
    answers = { ...previous, space: { ...read, right: parsed !== null && accepted.includes(parsed), matchesMeasured: parsed !== null && parsed === measured } };
  }
  return { ...state, answers: { ...state.answers, [problem.slug]: answers } };
}

function onQuestionKey(state: MockState, event: Extract<MockEvent, { type: "key" }>): [MockState, MockEffect[]] {
  const q = state.question!;
  const problem = state.problems[q.problem];
  if (q.kind === "theory" && q.revealed) {
    if (event.input !== "y" && event.input !== "n") return [state, []];
    const answers = { ...state.answers, [problem.slug]: { ...state.answers[problem.slug], theoryKnew: event.input === "y" } };
    return advance({ ...state, answers });
  }
  if (event.return) {
    if (q.kind === "theory") return [{ ...state, question: { ...q, revealed: true } }, []];
    if (!q.input.trim()) return [state, []];
    return advance(gradeAnswer(state));
  }
  if (event.backspace || event.delete) return [{ ...state, question: { ...q, input: q.input.slice(0, -1) } }, []];
  if (event.ctrl || event.escape || !event.input) return [state, []];
  return [{ ...state, question: { ...q, input: q.input + event.input } }, []];
}

export function reduceMock(state: MockState, event: MockEvent): [MockState, MockEffect[]] {
  switch (event.type) {
    case "tick": {
      const next = { ...state, now: event.now };
      if (state.phase === "coding" || state.phase === "confirm-quit") {
        if (event.now >= state.deadline) return submit(next, "timed-out");
        if (!state.warned && state.deadline - event.now <= WARNING_MS && state.deadline - state.startedAt > WARNING_MS) return [{ ...next, warned: true }, []];
      }
      return [next, []];
    }
    case "file-saved": {
      const problem = state.problems.find((p) => p.slug === event.slug);
      if (!problem || (state.phase !== "coding" && state.phase !== "confirm-quit")) return [state, []];
      return [state, [{ type: "run", slug: problem.slug, lang: problem.lang }]];
    }
    case "run-result": {
      if (state.phase !== "coding" && state.phase !== "confirm-quit") return [state, []];
      const solvedAt = event.summary.status === "passed" && state.solvedAt[event.slug] === undefined ? { ...state.solvedAt, [event.slug]: state.now - state.startedAt } : state.solvedAt;
      return [{ ...state, testsRun: state.testsRun + 1, latest: { ...state.latest, [event.slug]: event.summary }, solvedAt }, []];
    }
    case "not-saved":
      return [{ ...state, notSaved: event.message }, []];
    case "failed":
      if (state.phase === "judging") return advance({ ...state, notice: event.message, judged: {}, phase: "questions" });
      return [{ ...state, notice: event.message }, []];
    case "judged": {
      if (state.phase !== "judging") return [state, []];
      return advance({ ...state, judged: event.results, phase: "questions" });
    }
    case "key": {
      const ctrlC = event.ctrl && event.input === "c";
      switch (state.phase) {
        case "coding":
          if (ctrlC || event.input === "q") return [{ ...state, phase: "confirm-quit" }, []];
          if (event.input === "s") return submit(state, "submitted");
          if (event.input === "v") {
            const next = state.statementShown === undefined ? 0 : state.statementShown + 1;
            return [{ ...state, statementShown: next < state.problems.length ? next : undefined }, []];
          }
          return [state, []];
        case "confirm-quit":
          if (event.input === "s") return submit(state, "submitted");
          if (event.input === "a" || ctrlC) return [{ ...state, phase: "done", outcome: "abandoned", endedAt: state.now }, [{ type: "record" }, { type: "quit" }]];
          return [{ ...state, phase: "coding" }, []];
        case "questions":
          if (ctrlC) return [{ ...state, phase: "scorecard", question: undefined }, [{ type: "record" }]];
          return onQuestionKey(state, event);
        case "scorecard":
          return [{ ...state, phase: "done" }, [{ type: "quit" }]];
        default:
          return [state, []];
      }
    }
  }
}

/** Points out of 100 per problem: cases 40, probe 20, time answer 15, space answer 10, theory 15. */
export function problemScore(state: MockState, slug: string): number {
  const judged = state.judged[slug];
  const answers = state.answers[slug] ?? {};
  const hasCard = state.problems.find((p) => p.slug === slug)?.card !== undefined;
  let points = 0;
  const max = hasCard ? 100 : 85;
  if (judged?.status === "passed") points += 40;
  if (judged?.probe?.ok) points += 20;
  if (answers.time?.right) points += 15;
  if (answers.space?.right) points += 10;
  if (hasCard && answers.theoryKnew) points += 15;
  return Math.round((points / max) * 100);
}

export function totalScore(state: MockState): number {
  if (state.problems.length === 0) return 0;
  return Math.round(state.problems.reduce((sum, p) => sum + problemScore(state, p.slug), 0) / state.problems.length);
}
