// A quiz session as a pure reducer: show a question, reveal the answer on space, take a
// grade 1–4, move on; q ends it. Grading is an effect the caller saves at once.
import type { GradeKey } from "./scheduler.js";

export interface QuizSession {
  /** Card ids in review order. */
  queue: string[];
  index: number;
  revealed: boolean;
  graded: Record<GradeKey, number>;
  finished: boolean;
}

export type QuizEffect = { type: "grade"; cardId: string; grade: GradeKey } | { type: "quit" };

export function startSession(queue: string[]): QuizSession {
  return { queue, index: 0, revealed: false, graded: { 1: 0, 2: 0, 3: 0, 4: 0 }, finished: queue.length === 0 };
}

export function reviewedCount(session: QuizSession): number {
  return Object.values(session.graded).reduce((a, b) => a + b, 0);
}

export function quizKey(session: QuizSession, input: string, key: { ctrl?: boolean; return?: boolean } = {}): [QuizSession, QuizEffect[]] {
  if (input === "q" || (key.ctrl && input === "c")) return [{ ...session, finished: true }, [{ type: "quit" }]];
  if (session.finished) return [session, [{ type: "quit" }]];
  if (!session.revealed) {
    return input === " " || key.return ? [{ ...session, revealed: true }, []] : [session, []];
  }
  if (!["1", "2", "3", "4"].includes(input)) return [session, []];
  const grade = Number(input) as GradeKey;
  const cardId = session.queue[session.index];
  const index = session.index + 1;
  const next: QuizSession = {
    ...session,
    index,
    revealed: false,
    graded: { ...session.graded, [grade]: session.graded[grade] + 1 },
    finished: index >= session.queue.length,
  };
  return [next, [{ type: "grade", cardId, grade }]];
}
