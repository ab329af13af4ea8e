// A review session as a pure reducer built on the watch session: the same screen, keys and
// last-save-wins runs, plus what a review needs — when each problem was started, whether its
// first run passed, hints and peeks before the pass, the probe — and a grade effect, made once
// per problem when it passes (after its probe) or when you leave it (n, q) having saved it.
import type { GradeKey } from "../quiz/scheduler.js";
import type { Lang } from "../registry/problem.js";
import type { WatchEffect, WatchEvent } from "../watch/events.js";
import { itemKey } from "../watch/keys.js";
import { initialState, reduce, type WatchItem, type WatchState } from "../watch/session.js";
import { gradeAttempt, type Attempt, type Difficulty } from "./grading.js";

export interface ReviewTrack {
  slug: string;
  lang: Lang;
  difficulty: Difficulty;
  /** When the problem was first on screen. */
  startedAt?: number;
  /** Saves of the file (a problem never saved is not graded when you leave it: it stays due). */
  saves: number;
  /** Finished runs after the first save. */
  runs: number;
  firstRun?: boolean;
  passedAt?: number;
  hintsAtPass?: number;
  /** The reference solution was shown before the pass. */
  peeked: boolean;
  grade?: GradeKey;
  attempt?: Attempt;
  /** The next due date, once the grade is saved. */
  due?: string;
}

export interface ReviewState extends WatchState {
  tracks: Record<string, ReviewTrack>;
}

export type ReviewEvent = WatchEvent | { type: "scheduled"; key: string; due: string };

export type ReviewEffect = WatchEffect | { type: "grade"; slug: string; lang: Lang; grade: GradeKey; attempt: Attempt };

export type ReviewStep = [ReviewState, ReviewEffect[]];

export function startReview(items: (WatchItem & { difficulty: Difficulty })[], options: { now: number; autoProbe?: boolean }): ReviewState {
  const watch = initialState(
    items.map(({ difficulty: _d, ...item }) => item),
    { autoProbe: options.autoProbe ?? true, hintsShown: {}, now: options.now, canSkip: true },
  );
  const tracks = Object.fromEntries(items.map((i) => [itemKey(i), { slug: i.slug, lang: i.lang, difficulty: i.difficulty, saves: 0, runs: 0, peeked: false } as ReviewTrack]));
  const first = items[0] && itemKey(items[0]);
  if (first) tracks[first] = { ...tracks[first], startedAt: options.now };
  return { ...watch, tracks };
}

const currentKey = (s: WatchState): string | undefined => (s.items[s.current] ? itemKey(s.items[s.current]) : undefined);

/** What the event tells the tracks before the watch reducer moves on. */
function observe(state: ReviewState, event: WatchEvent): Record<string, ReviewTrack> {
  const tracks = state.tracks;
  if (event.type === "file-changed" && event.item.exists) {
    const key = itemKey(event.item);
    const t = tracks[key];
    return t ? { ...tracks, [key]: { ...t, saves: t.saves + 1 } } : tracks;
  }
  if (event.type === "run-finished" && state.running?.runId === event.runId) {
    const key = state.running.key;
    const t = tracks[key];
    if (!t || t.saves === 0 || t.grade !== undefined) return tracks;
    const passed = event.result.status === "passed";
    const next: ReviewTrack = { ...t, runs: t.runs + 1, firstRun: t.firstRun ?? passed };
    if (passed && next.passedAt === undefined) Object.assign(next, { passedAt: state.now, hintsAtPass: state.hintsShown[t.slug] ?? 0 });
    return { ...tracks, [key]: next };
  }
  return tracks;
}

/** A verdict the probe could not reach (status "inconclusive") is no verdict: it neither meets nor fails. */
const verdict = (v: { ok: boolean; status?: string } | null | undefined): boolean | null => (!v || v.status === "inconclusive" ? null : v.ok);

function attemptOf(state: ReviewState, key: string, t: ReviewTrack): Attempt {
  const passed = t.passedAt !== undefined;
  const probe = passed ? state.probes[key] : undefined;
  const space = probe?.space && probe.space.measured !== null ? probe.space : undefined;
  return {
    passed,
    firstRun: t.firstRun ?? null,
    msToPass: passed ? t.passedAt! - (t.startedAt ?? t.passedAt!) : null,
    hints: passed ? (t.hintsAtPass ?? 0) : (state.hintsShown[t.slug] ?? 0),
    peeked: t.peeked,
    probeOk: verdict(probe),
    spaceOk: space && verdict(space) !== null ? (space.better ? space.betterMet : space.ok) : null,
    difficulty: t.difficulty,
  };
}

export function reduceReview(state: ReviewState, event: ReviewEvent): ReviewStep {
  if (event.type === "scheduled") {
    const t = state.tracks[event.key];
    return t ? [{ ...state, tracks: { ...state.tracks, [event.key]: { ...t, due: event.due } } }, []] : [state, []];
  }
  const before = currentKey(state);
  // n on the last problem ends the code, as q does.
  const isLastN = event.type === "key" && event.input === "n" && state.view === "main" && state.current === state.items.length - 1;
  const tracks = observe(state, event);
  const observed: ReviewState = { ...state, tracks };
  const [watch, watchEffects] = reduce(observed, isLastN ? { type: "key", input: "q" } : event);
  let next = { ...(watch as ReviewState), tracks };

  // Peeking at the reference before the pass.
  const key = currentKey(next);
  if (key && next.showSolution && !state.showSolution && next.tracks[key]?.passedAt === undefined) {
    next = { ...next, tracks: { ...next.tracks, [key]: { ...next.tracks[key], peeked: true } } };
  }
  // The problem now on screen starts its clock.
  if (key && next.tracks[key] && next.tracks[key].startedAt === undefined) {
    next = { ...next, tracks: { ...next.tracks, [key]: { ...next.tracks[key], startedAt: next.now } } };
  }

  const left = before !== undefined && (currentKey(next) !== before || (next.quitting && !state.quitting)) ? before : undefined;
  const grades: ReviewEffect[] = [];
  for (const [k, t] of Object.entries(next.tracks)) {
    if (t.grade !== undefined) continue;
    const probing = next.running?.key === k && next.running.phase === "probe";
    const passedNow = t.passedAt !== undefined && !probing;
    const leaving = k === left && (t.saves > 0 || t.passedAt !== undefined);
    if (!passedNow && !leaving) continue;
    const attempt = attemptOf(next, k, t);
    const grade = gradeAttempt(attempt);
    next = { ...next, tracks: { ...next.tracks, [k]: { ...t, grade, attempt } } };
    grades.push({ type: "grade", slug: t.slug, lang: t.lang, grade, attempt });
  }
  // Grades first: they are saved before a quit tears the session down.
  return [next, [...grades, ...watchEffects]];
}
