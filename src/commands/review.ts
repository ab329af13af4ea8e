// drill review: what is due today; with --start, fresh stubs in <workspace>/review/<day>/ and
// the watch loop over them, each problem graded from the attempt; then the due theory cards.
import { drillCommand } from "../invocation.js";
import { existsSync } from "node:fs";
import { basename } from "node:path";
import chalk from "chalk";
import { EXIT_OK, UsageError } from "../errors.js";
import { cardsDir } from "../paths.js";
import { loadCards } from "../quiz/cards.js";
import { dueBy as quizDueBy, GRADE_LABEL, grade as gradeCard, localDay, streak } from "../quiz/scheduler.js";
import { startSession } from "../quiz/session.js";
import { LANG_EXTENSION, type Lang, type Problem } from "../registry/problem.js";
import { formatMs } from "../report/text.js";
import { dueText } from "../review/due-text.js";
import { openSchedule } from "../review/load.js";
import { cardKey, endOfDay } from "../review/calendar.js";
import { cardsOf, dueBy, type DueCard } from "../review/schedule.js";
import { reduceReview, startReview, type ReviewEffect, type ReviewEvent, type ReviewState } from "../review/session.js";
import { appendHistory, HISTORY_VERSION, historyPath } from "../store/history.js";
import { readQuizState, writeQuizState } from "../store/quiz-state.js";
import { WatchController, watchItem } from "../watch/controller.js";
import type { WatchEffect } from "../watch/events.js";
import { displayPath, resolveWorkspace, reviewDir } from "../workspace/paths.js";
import { writeStub } from "../workspace/stubs.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";
import { openRegistry } from "./open-registry.js";
import { isInteractive, terminalOf } from "./terminal.js";

export interface ReviewOptions {
  start?: boolean;
  lang?: Lang;
  limit?: number;
  tag?: string;
  json?: boolean;
  workspace?: string;
  probe: boolean;
  budgetMs?: number;
  seed: number;
}

export async function reviewCommand(options: ReviewOptions, ctx: CommandContext, now: () => Date = () => new Date()): Promise<number> {
  if (options.limit !== undefined && options.limit < 1) throw new UsageError("--limit must be at least 1");
  const registry = await openRegistry(ctx, { cases: "lazy" });
  if (options.tag && !registry.problems.some((p) => p.meta.tags.includes(options.tag!))) {
    throw new UsageError(`no problem has the tag "${options.tag}"`, `${drillCommand("list")} shows every problem's tags`);
  }
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });
  const opened = openSchedule(workspace, registry.problems, { now: now(), cwd: ctx.cwd });
  for (const w of opened.warnings) warn(ctx, w);
  if (opened.damagedLines.length) warn(ctx, `skipped ${opened.damagedLines.length} damaged line(s) in ${displayPath(historyPath(workspace), ctx.cwd)} (line ${opened.damagedLines.join(", ")})`);
  const bySlug = new Map(registry.problems.map((p) => [p.slug, p]));
  const wanted = (c: DueCard) => bySlug.has(c.slug) && (!options.lang || c.lang === options.lang) && (!options.tag || bySlug.get(c.slug)!.meta.tags.includes(options.tag));
  const today = dueBy(opened.state, endOfDay(now())).filter(wanted);
  const week = dueBy(opened.state, endOfDay(now(), 6)).filter(wanted);
  const chosen = today.slice(0, options.limit ?? today.length);
  const upcoming = cardsOf(opened.state).filter(wanted).find((c) => c.due > endOfDay(now()));

  if (!options.start) return printDue(ctx, options, opened.state.cards, { due: chosen, dueToday: today.length, week, upcoming }, now());
  if (!isInteractive(ctx)) {
    throw new UsageError(`${drillCommand("review --start", { workspace: false })} needs a terminal: it watches your saves and takes keys.`, `${drillCommand("review")} (without --start) lists what is due anywhere`);
  }
  if (chosen.length === 0) {
    ctx.stdout.write(`Nothing to review today${upcoming ? `; next: ${upcoming.slug} [${upcoming.lang}] ${dueText(upcoming.due, now())}` : ""}. drill next says what to do now.\n`);
    return EXIT_OK;
  }
  return startReviewSession(options, ctx, workspace, chosen.map((c) => ({ problem: bySlug.get(c.slug)!, lang: c.lang })), registry.problems, now);
}

interface DueLists {
  /** Today's, cut to --limit. */
  due: DueCard[];
  dueToday: number;
  week: DueCard[];
  /** The first one due after today. */
  upcoming?: DueCard;
}

function printDue(ctx: CommandContext, options: ReviewOptions, cards: Record<string, unknown>, { due, dueToday, week, upcoming }: DueLists, now: Date): number {
  if (options.json) {
    const row = (c: DueCard) => ({ slug: c.slug, lang: c.lang, due: c.due.toISOString(), lastGrade: c.lastGrade ? GRADE_LABEL[c.lastGrade] : null, reps: c.card.reps, lapses: c.card.lapses });
    const next = upcoming ? { slug: upcoming.slug, lang: upcoming.lang, due: upcoming.due.toISOString() } : null;
    ctx.stdout.write(JSON.stringify({ today: due.map(row), dueToday, dueThisWeek: week.length, next, cards: Object.keys(cards).length }, null, 2) + "\n");
    return EXIT_OK;
  }
  if (Object.keys(cards).length === 0) {
    ctx.stdout.write("No review cards yet: a problem gets one the first time it passes (drill test, drill watch or drill mock).\n");
    return EXIT_OK;
  }
  const later = week.length - dueToday;
  ctx.stdout.write(chalk.bold(`Due today: ${dueToday}`) + chalk.dim(` (${later} more this week)`) + "\n");
  for (const c of due) {
    const last = c.lastGrade ? `last ${GRADE_LABEL[c.lastGrade]}` : "";
    ctx.stdout.write(`  ${chalk.bold(`${c.slug} [${c.lang}]`.padEnd(40))} ${dueText(c.due, now).padEnd(9)} ${chalk.dim(`${last} · ${c.card.reps} review${c.card.reps === 1 ? "" : "s"}`)}\n`);
  }
  if (dueToday === 0 && upcoming) ctx.stdout.write(chalk.dim(`Next: ${upcoming.slug} [${upcoming.lang}] ${dueText(upcoming.due, now)} (${upcoming.due.toISOString().slice(0, 10)}).\n`));
  if (dueToday > 0) ctx.stdout.write(chalk.dim(`\nStart with: drill review --start${options.limit ? ` --limit ${options.limit}` : ""}${options.lang ? ` --lang ${options.lang}` : ""}${options.tag ? ` --tag ${options.tag}` : ""}\n`));
  return EXIT_OK;
}

async function startReviewSession(
  options: ReviewOptions,
  ctx: CommandContext,
  workspace: string,
  chosen: { problem: Problem; lang: Lang }[],
  library: Problem[],
  now: () => Date,
): Promise<number> {
  const day = localDay(now());
  const folder = reviewDir(workspace, day, chosen.map((c) => `${c.problem.slug}${LANG_EXTENSION[c.lang]}`), existsSync);
  for (const c of chosen) writeStub(c.problem, c.lang, folder, { cwd: ctx.cwd });
  const items = chosen.map((c) => ({ ...watchItem(c.problem, c.lang, folder, ctx.cwd, true), difficulty: c.problem.meta.difficulty }));
  const initial = startReview(items, { now: now().getTime(), autoProbe: options.probe });
  const byslug = new Map(chosen.map((c) => [c.problem.slug, c.problem]));

  const record = (effect: Extract<ReviewEffect, { type: "grade" }>): string | undefined => {
    const a = effect.attempt;
    try {
      appendHistory(workspace, [
        { v: HISTORY_VERSION, type: "review", at: now().toISOString(), slug: effect.slug, lang: effect.lang, grade: effect.grade, passed: a.passed, firstRun: a.firstRun, msToPass: a.msToPass, hints: a.hints, peeked: a.peeked, probeOk: a.probeOk, spaceOk: a.spaceOk, folder: basename(folder) },
      ]);
      return openSchedule(workspace, library, { now: now(), cwd: ctx.cwd }).state.cards[cardKey(effect.slug, effect.lang)]?.due;
    } catch {
      return undefined; // the grade is on screen; a read-only workspace only loses the record
    }
  };

  const { renderReview } = await import("../ui/render-review.js");
  const final = await new Promise<ReviewState>((resolve) => {
    let view: ReturnType<typeof renderReview> | undefined;
    const controller = new WatchController<ReviewState, ReviewEvent, Exclude<ReviewEffect, WatchEffect>>(initial, {
      problems: chosen.map((c) => c.problem),
      workspace,
      folder,
      persist: false,
      space: true,
      cwd: ctx.cwd,
      env: ctx.env,
      seed: options.seed,
      budgetMs: options.budgetMs,
      only: new Set(byslug.keys()),
      render: (s) => view?.draw(s),
      reduce: reduceReview,
      perform: (effect, dispatch) => {
        const due = record(effect);
        if (due) dispatch({ type: "scheduled", key: cardKey(effect.slug, effect.lang), due });
      },
      onQuit: () => void view?.close().then(() => resolve(controller.current)),
    });
    view = renderReview(byslug, (e) => controller.dispatch(e), initial, terminalOf(ctx));
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void controller.stop());
    controller.start();
  });

  const graded = Object.values(final.tracks).filter((t) => t.grade !== undefined);
  await theoryCards(ctx, workspace, new Set(graded.map((t) => t.slug)), new Set(library.map((p) => p.slug)), now);
  ctx.stdout.write(chalk.bold(`Reviewed ${graded.length} of ${chosen.length}`) + chalk.dim(` · stubs in ${displayPath(folder, ctx.cwd)}/`) + "\n");
  for (const t of graded) {
    const a = t.attempt!;
    const how = a.passed ? `passed in ${duration(a.msToPass ?? 0)}${a.firstRun ? " on the first run" : ""}${a.hints ? `, ${a.hints} hint${a.hints === 1 ? "" : "s"}` : ""}` : "not passed";
    ctx.stdout.write(`  ${t.slug} [${t.lang}] ${GRADE_LABEL[t.grade!]} (${how})${t.due ? ` → next review ${t.due.slice(0, 10)}` : ""}\n`);
  }
  return EXIT_OK;
}

/** 42 s, 7:05 min. */
function duration(ms: number): string {
  if (ms < 60_000) return formatMs(ms);
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")} min`;
}

/** The theory cards linked to the reviewed problems that are due, reviewed as drill quiz does. */
async function theoryCards(ctx: CommandContext, workspace: string, slugs: Set<string>, known: Set<string>, now: () => Date): Promise<void> {
  if (slugs.size === 0) return;
  const bank = loadCards(cardsDir(ctx.env), known);
  let quiz = readQuizState(workspace).state;
  const due = bank.cards.filter((c) => c.problems.some((p) => slugs.has(p)) && quiz.cards[c.id] && new Date(quiz.cards[c.id].due) <= now());
  if (due.length === 0) return;
  const { renderQuiz } = await import("../ui/render-quiz.js");
  await renderQuiz({
    initial: startSession(due.map((c) => c.id)),
    cards: new Map(due.map((c) => [c.id, c])),
    onGrade: (cardId, key) => {
      quiz = gradeCard(quiz, cardId, key, now());
      writeQuizState(workspace, quiz);
    },
    summarize: () => ({ dueTomorrow: quizDueBy(quiz, endOfDay(now(), 1)), streak: streak(quiz, now()) }),
  }, terminalOf(ctx));
}
