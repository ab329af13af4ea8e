// drill quiz: the theory half of the interview as spaced-repetition cards.
import chalk from "chalk";
import { EXIT_FAILED, UsageError } from "../errors.js";
import { cardsDir } from "../paths.js";
import { cardText, loadCards, type Card, type Locale } from "../quiz/cards.js";
import { buildQueue, dueBy, grade, streak } from "../quiz/scheduler.js";
import { quizStatePath, readQuizState, writeQuizState } from "../store/quiz-state.js";
import { WorkspaceWriteError } from "../workspace/write-error.js";
import { openWorkspace, reportDamagedFile, reportNotSaved } from "./workspace.js";
import { startSession } from "../quiz/session.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";
import { openRegistry } from "./open-registry.js";
import { isInteractive, terminalOf } from "./terminal.js";
import { drillCommand } from "../invocation.js";
import { countOf } from "../report/text.js";

export interface QuizOptions {
  topic?: string;
  locale?: Locale;
  list?: boolean;
  json?: boolean;
  problem?: string;
  workspace?: string;
  /** New cards per session. */
  new: number;
}

export async function quizCommand(options: QuizOptions, ctx: CommandContext, now = () => new Date()): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true, cases: "lazy" });
  const bank = loadCards(cardsDir(ctx.env), new Set(registry.problems.map((p) => p.slug)));
  for (const issue of bank.issues) warn(ctx, `skipped a card: ${issue}`);
  if (options.topic && !bank.topics.some((t) => t.topic === options.topic)) {
    throw new UsageError(`unknown topic "${options.topic}"; topics: ${bank.topics.map((t) => t.topic).join(", ")}`);
  }
  const cards = bank.cards
    .filter((c) => !options.topic || c.topic === options.topic)
    .filter((c) => !options.problem || c.problems.includes(options.problem));
  const workspace = openWorkspace(ctx, options.workspace);
  const { state: initialState, damaged } = readQuizState(workspace);
  if (damaged) await reportDamagedFile(ctx, workspace, quizStatePath(workspace), "the quiz schedule");

  if (options.list) {
    if (options.json) {
      const rows = cards.map((c) => ({
        id: c.id,
        topic: c.topic,
        question: c.question,
        answer: c.answer,
        original: c.original,
        tags: c.tags,
        problems: c.problems,
        source: c.source,
        due: initialState.cards[c.id]?.due ?? null,
      }));
      ctx.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    } else {
      for (const c of cards) {
        const due = initialState.cards[c.id]?.due;
        ctx.stdout.write(`${chalk.dim(c.id.padEnd(40))} ${cardText(c, options.locale).question}${due ? chalk.dim(`  (due ${due.slice(0, 10)})`) : ""}\n`);
      }
      ctx.stdout.write(chalk.dim(`\n${countOf(cards.length, "card")} · ${drillCommand("quiz")} to review · --topic <topic> for one topic\n`));
    }
    return 0;
  }

  if (!isInteractive(ctx)) {
    throw new UsageError("drill quiz reviews cards in a terminal; this output is not one.", `${drillCommand("quiz --list")} (or --list --json) works anywhere`);
  }
  let state = initialState;
  let notSaved: WorkspaceWriteError | undefined;
  const queue = buildQueue(cards, state, now(), options.new);
  const byId = new Map<string, Card>(cards.map((c) => [c.id, c]));
  const { renderQuiz } = await import("../ui/render-quiz.js");
  await renderQuiz({
    initial: startSession(queue.map((c) => c.id)),
    cards: byId,
    locale: options.locale,
    onGrade: (cardId, key) => {
      state = grade(state, cardId, key, now());
      if (notSaved) return;
      try {
        writeQuizState(workspace, state);
      } catch (error) {
        if (!(error instanceof WorkspaceWriteError)) throw error;
        notSaved = error; // the review goes on; the schedule is not kept
      }
    },
    summarize: () => {
      const end = now();
      end.setDate(end.getDate() + 1);
      end.setHours(23, 59, 59, 999);
      return { dueTomorrow: dueBy(state, end), streak: streak(state, now()) };
    },
  }, terminalOf(ctx));
  if (notSaved) {
    reportNotSaved(ctx, notSaved, "the grades were not saved");
    return EXIT_FAILED;
  }
  return 0;
}
