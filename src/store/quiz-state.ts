// Where each card stands in the spaced-repetition schedule: .drill/quiz.json, replaced
// atomically after every grade, so quitting in the middle of a queue loses nothing.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { stateDir } from "../workspace/paths.js";
import { guardWrite } from "../workspace/write-error.js";

/** ts-fsrs's card fields, with dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

export interface QuizState {
  v: 1;
  cards: Record<string, StoredCard>;
  /** Days (YYYY-MM-DD, local time) on which cards were reviewed: the streak. */
  days: string[];
}

export function quizStatePath(workspace: string): string {
  return join(stateDir(workspace), "quiz.json");
}

export function readQuizState(workspace: string): { state: QuizState; damaged: boolean } {
  const empty: QuizState = { v: 1, cards: {}, days: [] };
  let text: string;
  try {
    text = readFileSync(quizStatePath(workspace), "utf8");
  } catch {
    return { state: empty, damaged: false };
  }
  try {
    const parsed = JSON.parse(text) as Partial<QuizState>;
    if (parsed.v !== 1 || typeof parsed.cards !== "object" || parsed.cards === null) return { state: empty, damaged: true };
    return { state: { v: 1, cards: parsed.cards, days: Array.isArray(parsed.days) ? parsed.days : [] }, damaged: false };
  } catch {
    return { state: empty, damaged: true };
  }
}

export function writeQuizState(workspace: string, state: QuizState): void {
  guardWrite(workspace, () => {
    mkdirSync(stateDir(workspace), { recursive: true });
    writeFileAtomic.sync(quizStatePath(workspace), JSON.stringify(state, null, 1) + "\n");
  });
}
