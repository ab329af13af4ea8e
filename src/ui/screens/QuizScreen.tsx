// drill quiz: one card at a time — the question, then (space) the answer and the grade keys;
// a summary at the end.
import { Box, Text } from "ink";
import type { Card, Locale } from "../../quiz/cards.js";
import { cardText } from "../../quiz/cards.js";
import { GRADE_LABEL, type GradeKey } from "../../quiz/scheduler.js";
import { reviewedCount, type QuizSession } from "../../quiz/session.js";
import { ProgressBar } from "../components/ProgressBar.js";

export interface QuizSummary {
  dueTomorrow: number;
  streak: number;
}

export interface QuizScreenProps {
  readonly session: QuizSession;
  readonly cards: ReadonlyMap<string, Card>;
  readonly locale?: Locale;
  readonly summary?: QuizSummary;
}

export function QuizScreen({ session, cards, locale, summary }: QuizScreenProps): React.JSX.Element {
  if (session.finished) {
    return (
      <Box flexDirection="column" marginTop={1}>
        <Text bold color="green">
          Done for now.
        </Text>
        <Text>
          Reviewed {reviewedCount(session)} card{reviewedCount(session) === 1 ? "" : "s"} ·{" "}
          {([1, 2, 3, 4] as GradeKey[]).map((g) => `${GRADE_LABEL[g]} ${session.graded[g]}`).join(", ")}
        </Text>
        {summary && (
          <Text>
            Due by tomorrow: {summary.dueTomorrow} · streak: {summary.streak} day{summary.streak === 1 ? "" : "s"}
          </Text>
        )}
      </Box>
    );
  }
  const card = cards.get(session.queue[session.index])!;
  const text = cardText(card, locale);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text>
        <Text bold color="cyan">
          drill quiz
        </Text>{" "}
        <ProgressBar done={session.index} total={session.queue.length} /> <Text dimColor>{card.topic}{card.problems.length ? ` · ${card.problems.join(", ")}` : ""}</Text>
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text bold>{text.question}</Text>
        {text.other && <Text dimColor>{text.other.question}</Text>}
      </Box>
      {session.revealed ? (
        <Box marginTop={1} flexDirection="column">
          <Text>{text.answer}</Text>
          {text.other && <Text dimColor>{text.other.answer}</Text>}
          <Box marginTop={1}>
            <Text>
              How well did you know it?{" "}
              {([1, 2, 3, 4] as GradeKey[]).map((g) => (
                <Text key={g}>
                  <Text bold color="cyan">
                    {g}
                  </Text>{" "}
                  {GRADE_LABEL[g]}
                  {"  "}
                </Text>
              ))}
              <Text dimColor>q quit</Text>
            </Text>
          </Box>
        </Box>
      ) : (
        <Box marginTop={1}>
          <Text dimColor>Think it through, then press space to see the answer · q quit</Text>
        </Box>
      )}
    </Box>
  );
}
