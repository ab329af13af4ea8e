// Spaced repetition with FSRS (ts-fsrs, the scheduler modern Anki uses): which cards are due,
// and what a grade does to a card. The clock is passed in, so tests need no waiting.
import { createEmptyCard, fsrs, Rating, type Card as FsrsCard, type Grade } from "ts-fsrs";
import type { QuizState, StoredCard } from "../store/quiz-state.js";
import type { Card } from "./cards.js";

export const GRADES = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy } as const;
export type GradeKey = keyof typeof GRADES;
export const GRADE_LABEL: Record<GradeKey, string> = { 1: "again", 2: "hard", 3: "good", 4: "easy" };

/** New cards introduced per session, after the due ones. */
export const NEW_PER_SESSION = 10;

const scheduler = fsrs({ enable_fuzz: false });
/** Without the minute-scale learning steps: a re-solved problem comes back in days, not in 10 minutes (drill review). */
const dayScheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toStored(card: FsrsCard): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review?.toISOString(),
  };
}

function fromStored(stored: StoredCard): FsrsCard {
  return { ...stored, due: new Date(stored.due), last_review: stored.last_review ? new Date(stored.last_review) : undefined };
}

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's queue: due cards, most overdue first, then cards never seen (up to `newLimit`). */
export function buildQueue(cards: Card[], state: QuizState, now: Date, newLimit = NEW_PER_SESSION): Card[] {
  const due = cards
    .filter((c) => state.cards[c.id] && new Date(state.cards[c.id].due) <= now)
    .sort((a, b) => state.cards[a.id].due.localeCompare(state.cards[b.id].due));
  const fresh = cards.filter((c) => !state.cards[c.id]).slice(0, newLimit);
  return [...due, ...fresh];
}

/** The state after grading one card at `now` (any state holding FSRS cards: drill review's too). */
export function grade<S extends QuizState>(state: S, cardId: string, key: GradeKey, now: Date, options: { days?: boolean } = {}): S {
  const current = state.cards[cardId] ? fromStored(state.cards[cardId]) : createEmptyCard(now);
  const next = (options.days ? dayScheduler : scheduler).next(current, now, GRADES[key] as Grade).card;
  const day = localDay(now);
  return { ...state, cards: { ...state.cards, [cardId]: toStored(next) }, days: state.days.includes(day) ? state.days : [...state.days, day] };
}

/** Makes a card due right away (a missed mock-interview follow-up). */
export function makeDue(state: QuizState, cardId: string, now: Date): QuizState {
  const current = state.cards[cardId] ?? toStored(createEmptyCard(now));
  return { ...state, cards: { ...state.cards, [cardId]: { ...current, due: now.toISOString() } } };
}

/** Consecutive days with reviews, ending today (or yesterday, if today has none yet). */
export function streak(state: QuizState, now: Date): number {
  const days = new Set(state.days);
  const day = new Date(now);
  if (!days.has(localDay(day))) day.setDate(day.getDate() - 1);
  let count = 0;
  while (days.has(localDay(day))) {
    count++;
    day.setDate(day.getDate() - 1);
  }
  return count;
}

/** How many cards fall due by the end of tomorrow. */
export function dueBy(state: QuizState, end: Date): number {
  return Object.values(state.cards).filter((c) => new Date(c.due) <= end).length;
}
