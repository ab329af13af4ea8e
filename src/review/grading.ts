// How an attempt at a problem grades its review card, from what happened rather than from a
// self-rating. One table, read top to bottom, first match wins; README shows the same table.
import type { GradeKey } from "../quiz/scheduler.js";

export type Difficulty = "easy" | "medium" | "hard";

/** What drill saw of one attempt at a problem. */
export interface Attempt {
  /** The cases passed in the end. */
  passed: boolean;
  /** The first run after the first save passed (in a mock, the judged submission); null: unknown. */
  firstRun: boolean | null;
  /** From the start of the attempt to the first pass; null when nobody timed it. */
  msToPass: number | null;
  /** Hints revealed before the pass. */
  hints: number;
  /** The reference solution was shown before the pass. */
  peeked: boolean;
  /** The time probe met the target; null when it did not run. */
  probeOk: boolean | null;
  /** The space follow-up met (the accepted space where the problem asks no follow-up); null when not measured. */
  spaceOk: boolean | null;
  difficulty: Difficulty;
}

/** Minutes to a pass that count as quick (for Easy) and as slow (Hard), by difficulty. */
export const PACE_MINUTES: Record<Difficulty, { quick: number; slow: number }> = {
  easy: { quick: 10, slow: 25 },
  medium: { quick: 15, slow: 35 },
  hard: { quick: 20, slow: 45 },
};

const minutes = (a: Attempt) => (a.msToPass === null ? null : a.msToPass / 60_000);

export interface GradeRule {
  grade: GradeKey;
  /** The rule in words (README and the review screen say the same). */
  when: string;
  test: (a: Attempt) => boolean;
}

export const GRADE_RULES: readonly GradeRule[] = [
  { grade: 1, when: "not passed, or the reference solution shown before the pass", test: (a) => !a.passed || a.peeked },
  {
    grade: 2,
    when: "passed after a hint, slowly (over the slow limit), or with the time probe failing",
    test: (a) => a.hints > 0 || (minutes(a) ?? 0) > PACE_MINUTES[a.difficulty].slow || a.probeOk === false,
  },
  {
    grade: 4,
    when: "passed on the first run, time probe and space follow-up met, within the quick limit",
    test: (a) => a.firstRun === true && a.probeOk === true && a.spaceOk === true && minutes(a) !== null && minutes(a)! <= PACE_MINUTES[a.difficulty].quick,
  },
  { grade: 3, when: "any other pass", test: () => true },
];

export function gradeAttempt(attempt: Attempt): GradeKey {
  return GRADE_RULES.find((rule) => rule.test(attempt))!.grade;
}
