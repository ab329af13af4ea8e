// The review schedule as a fold over the history: the first pass of a problem in a language
// creates its FSRS card, and every later re-solve (drill review, drill mock) grades it. The
// cards and the scheduling are the quiz's (ts-fsrs); the clock is passed in.
import { grade as fsrsGrade, localDay, type GradeKey } from "../quiz/scheduler.js";
import type { Lang } from "../registry/problem.js";
import type { HistoryEntry, HistoryRead, MockEntry } from "../store/history.js";
import type { StoredCard } from "../store/quiz-state.js";
import type { ReviewLogEntry, ReviewState } from "../store/review-state.js";
import { gradeAttempt, type Attempt, type Difficulty } from "./grading.js";
import { cardKey, endOfDay } from "./calendar.js";


export function parseKey(key: string): { slug: string; lang: Lang } {
  const at = key.lastIndexOf(":");
  return { slug: key.slice(0, at), lang: key.slice(at + 1) as Lang };
}

/** A problem's difficulty (for the pace limits); undefined for a problem no longer in the library. */
export type DifficultyOf = (slug: string) => Difficulty | undefined;

interface Graded {
  slug: string;
  lang: Lang;
  grade: GradeKey;
  at: Date;
  firstRun: boolean | null;
  source: ReviewLogEntry["source"];
}

/** Grades one card (creating it on its first pass). A grade older than the card's last one counts as made then. */
export function applyGrade(state: ReviewState, g: Graded): ReviewState {
  const key = cardKey(g.slug, g.lang);
  const last = state.cards[key]?.last_review;
  const when = last && g.at.getTime() < Date.parse(last) ? new Date(last) : g.at;
  const next = fsrsGrade(state, key, g.grade, when, { days: true });
  next.log = [...state.log, { at: when.toISOString(), slug: g.slug, lang: g.lang, grade: g.grade, firstRun: g.firstRun, source: g.source }];
  return next;
}

function mockAttempts(entry: MockEntry, difficultyOf: DifficultyOf): { slug: string; lang: Lang; attempt: Attempt }[] {
  return entry.problems.map((p) => {
    const probe = p.probe;
    const passed = p.status === "passed";
    return {
      slug: p.slug,
      lang: p.lang,
      attempt: {
        passed,
        // Results stay hidden while coding, so the judged submission is the first run.
        firstRun: passed,
        msToPass: p.solvedAtMs ?? null,
        hints: 0,
        peeked: false,
        probeOk: probe ? probe.ok : null,
        spaceOk: probe?.space && probe.space.measured !== null ? probe.space.ok : null,
        difficulty: difficultyOf(p.slug) ?? "medium",
      },
    };
  });
}

function applyEntry(state: ReviewState, entry: HistoryEntry, difficultyOf: DifficultyOf): ReviewState {
  switch (entry.type) {
    case "test": {
      // Only the first pass counts: later test runs of the same file are not re-solves.
      if (entry.status !== "passed" || state.cards[cardKey(entry.slug, entry.lang)]) return state;
      const attempt: Attempt = { passed: true, firstRun: null, msToPass: null, hints: 0, peeked: false, probeOk: entry.probe ? entry.probe.ok : null, spaceOk: null, difficulty: difficultyOf(entry.slug) ?? "medium" };
      return applyGrade(state, { slug: entry.slug, lang: entry.lang, grade: gradeAttempt(attempt), at: new Date(entry.at), firstRun: null, source: "first-solve" });
    }
    case "review":
      return applyGrade(state, { slug: entry.slug, lang: entry.lang, grade: entry.grade, at: new Date(entry.at), firstRun: entry.firstRun, source: "review" });
    case "mock": {
      const at = new Date(Date.parse(entry.at) + entry.usedMs);
      let next = state;
      for (const { slug, lang, attempt } of mockAttempts(entry, difficultyOf)) {
        const known = !!next.cards[cardKey(slug, lang)];
        if (!known && !attempt.passed) continue;
        next = applyGrade(next, { slug, lang, grade: gradeAttempt(attempt), at, firstRun: attempt.firstRun, source: known ? "mock" : "first-solve" });
      }
      return next;
    }
  }
}

/** Folds the history lines not folded yet (a final line without its newline waits for the next time). */
export function foldHistory(state: ReviewState, history: HistoryRead, difficultyOf: DifficultyOf): ReviewState {
  let next = state;
  history.entries.forEach((entry, i) => {
    const line = history.lines[i];
    if (line > state.historyLines && line <= history.complete) next = applyEntry(next, entry, difficultyOf);
  });
  return next === state && history.complete === state.historyLines ? state : { ...next, historyLines: Math.max(state.historyLines, history.complete) };
}

export interface DueCard {
  key: string;
  slug: string;
  lang: Lang;
  due: Date;
  card: StoredCard;
  lastGrade: GradeKey | null;
}

export function cardsOf(state: ReviewState): DueCard[] {
  const lastGrade = new Map<string, GradeKey>();
  for (const entry of state.log) lastGrade.set(cardKey(entry.slug, entry.lang), entry.grade);
  return Object.entries(state.cards)
    .map(([key, card]) => ({ key, ...parseKey(key), due: new Date(card.due), card, lastGrade: lastGrade.get(key) ?? null }))
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.key.localeCompare(b.key));
}

/** Cards due by `end`, most overdue first. */
export function dueBy(state: ReviewState, end: Date): DueCard[] {
  return cardsOf(state).filter((c) => c.due <= end);
}

/** Cards falling due on each of the next `days` local days; today's count includes the overdue ones. */
export function forecast(state: ReviewState, now: Date, days = 14): { day: string; due: number }[] {
  const cards = cardsOf(state);
  return Array.from({ length: days }, (_, i) => {
    const end = endOfDay(now, i);
    const start = i === 0 ? new Date(0) : new Date(endOfDay(now, i - 1).getTime() + 1);
    return { day: localDay(end), due: cards.filter((c) => c.due >= start && c.due <= end).length };
  });
}

/** The Monday (local) of a date's week. */
function weekOf(date: Date): string {
  const d = new Date(date);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return localDay(d);
}

export interface RetentionWeek {
  /** The Monday the week starts on. */
  week: string;
  reviews: number;
  firstRun: number;
  share: number;
}

/** Per week: re-solves (reviews and mocks, not first solves) and the share passed on the first run. */
export function retention(state: ReviewState): RetentionWeek[] {
  const weeks = new Map<string, { reviews: number; firstRun: number }>();
  for (const entry of state.log) {
    if (entry.source === "first-solve" || entry.firstRun === null) continue;
    const week = weekOf(new Date(entry.at));
    const w = weeks.get(week) ?? { reviews: 0, firstRun: 0 };
    w.reviews++;
    if (entry.firstRun) w.firstRun++;
    weeks.set(week, w);
  }
  return [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, w]) => ({ week, ...w, share: w.firstRun / w.reviews }));
}
