// The Ink front of drill quiz.
import { render, useApp, useInput } from "ink";
import { useEffect, useRef, useState } from "react";
import type { Card, Locale } from "../quiz/cards.js";
import type { GradeKey } from "../quiz/scheduler.js";
import { quizKey, type QuizSession } from "../quiz/session.js";
import { keyPresses } from "./key-events.js";
import { QuizScreen, type QuizSummary } from "./screens/QuizScreen.js";
import type { Terminal } from "./terminal.js";

export interface QuizAppProps {
  readonly initial: QuizSession;
  readonly cards: ReadonlyMap<string, Card>;
  readonly locale?: Locale;
  /** Saves a grade (at once: quitting later loses nothing). */
  readonly onGrade: (cardId: string, grade: GradeKey) => void;
  /** The numbers for the closing summary. */
  readonly summarize: () => QuizSummary;
}

export function QuizApp({ initial, cards, locale, onGrade, summarize }: QuizAppProps): React.JSX.Element {
  const [session, setSession] = useState(initial);
  // Keys can arrive faster than renders: the handler reads the latest session, not a stale one.
  const current = useRef(initial);
  const [summary, setSummary] = useState<QuizSummary | undefined>(initial.finished ? summarize() : undefined);
  const [leaving, setLeaving] = useState(false);
  const { exit } = useApp();
  // Leave after the frame with the summary has been drawn (Ink draws at most every ~33 ms).
  useEffect(() => {
    if (!leaving) return;
    const timer = setTimeout(exit, 60);
    return () => clearTimeout(timer);
  }, [leaving, exit]);
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) {
      const before = current.current;
      const [next, effects] = quizKey(before, press.input, press);
      current.current = next;
      for (const effect of effects) if (effect.type === "grade") onGrade(effect.cardId, effect.grade);
      setSession(next);
      if (next.finished && !before.finished) setSummary(summarize());
      if (effects.some((e) => e.type === "quit")) setLeaving(true);
    }
  });
  return <QuizScreen session={session} cards={cards} locale={locale} summary={summary} />;
}

export async function renderQuiz(props: QuizAppProps, terminal: Terminal): Promise<void> {
  const app = render(<QuizApp {...props} />, { stdout: terminal.stdout, stdin: terminal.stdin, exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
}
