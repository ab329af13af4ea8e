// drill next: the one problem to do now — a due review first, else the next unsolved problem
// of the study list (the library's order, or --list NAME) — with the command that starts it.
import { drillCommand } from "../invocation.js";
import { existsSync } from "node:fs";
import chalk from "chalk";
import { EXIT_OK, UsageError } from "../errors.js";
import { listsDir } from "../paths.js";
import { LANGS, type Lang, type Problem } from "../registry/problem.js";
import { listNames, readStudyList } from "../registry/study-lists.js";
import { dueText } from "../review/due-text.js";
import { openSchedule } from "../review/load.js";
import { cardKey, endOfDay } from "../review/calendar.js";
import { dueBy } from "../review/schedule.js";
import { historyPath } from "../store/history.js";
import { displayPath, resolveWorkspace, solutionPath } from "../workspace/paths.js";
import { readWorkspaceStatus } from "../store/status.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";
import { openRegistry } from "./open-registry.js";

export interface NextOptions {
  lang?: Lang;
  list?: string;
  json?: boolean;
  workspace?: string;
}

type Next =
  | { kind: "review"; slug: string; lang: Lang; due: string; command: string }
  | { kind: "new" | "continue"; slug: string; lang: Lang; command: string }
  | { kind: "none"; command: null };

export async function nextCommand(options: NextOptions, ctx: CommandContext, now: () => Date = () => new Date()): Promise<number> {
  const registry = await openRegistry(ctx, { cases: "lazy" });
  const bySlug = new Map(registry.problems.map((p) => [p.slug, p]));
  let order: Problem[] = registry.problems;
  if (options.list) {
    const dir = listsDir(ctx.env);
    const list = readStudyList(dir, options.list, registry.problems.map((p) => ({ slug: p.slug, leetcode: p.meta.leetcode?.id })));
    if (!list) {
      const names = listNames(dir);
      throw new UsageError(`no such list "${options.list}"`, names.length ? `one of: ${names.join(", ")}` : `${drillCommand("next")} (without --list) follows the library's order`);
    }
    order = list.slugs.map((s) => bySlug.get(s)!);
  }
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });
  const opened = openSchedule(workspace, registry.problems, { now: now(), cwd: ctx.cwd });
  for (const w of opened.warnings) warn(ctx, w);
  if (opened.damagedLines.length) warn(ctx, `skipped ${opened.damagedLines.length} damaged line(s) in ${displayPath(historyPath(workspace), ctx.cwd)} (line ${opened.damagedLines.join(", ")})`);
  const langFlag = (lang: Lang) => (lang === "ts" ? "" : ` --lang ${lang}`);

  let next: Next = { kind: "none", command: null };
  const inOrder = new Set(order.map((p) => p.slug));
  const review = dueBy(opened.state, endOfDay(now())).find((c) => inOrder.has(c.slug) && (!options.lang || c.lang === options.lang));
  if (review) {
    next = { kind: "review", slug: review.slug, lang: review.lang, due: review.due.toISOString(), command: drillCommand(`review --start --limit 1${options.lang ? ` --lang ${options.lang}` : ""}`) };
  } else {
    const langs = options.lang ? [options.lang] : LANGS;
    const status = readWorkspaceStatus(workspace, order, langs);
    const unsolved = order.find((p) => langs.every((l) => status.of(p.slug, l) !== "passing" && !opened.state.cards[cardKey(p.slug, l)]));
    if (unsolved) {
      const lang = options.lang ?? "ts";
      const started = existsSync(solutionPath(workspace, unsolved.slug, lang));
      next = started
        ? { kind: "continue", slug: unsolved.slug, lang, command: drillCommand(`watch ${unsolved.slug}`) }
        : { kind: "new", slug: unsolved.slug, lang, command: `${drillCommand(`new ${unsolved.slug}${langFlag(lang)}`)} && ${drillCommand(`watch ${unsolved.slug}`)}` };
    }
  }

  if (options.json) {
    ctx.stdout.write(JSON.stringify(next, null, 2) + "\n");
    return EXIT_OK;
  }
  if (next.kind === "none") {
    ctx.stdout.write(`Nothing left: every problem${options.list ? ` of ${options.list}` : ""} is solved and no review is due today. drill review shows the week ahead.\n`);
    return EXIT_OK;
  }
  const problem = bySlug.get(next.slug)!;
  const title = problem.meta.title.zh ? `${problem.meta.title.en} · ${problem.meta.title.zh}` : problem.meta.title.en;
  const why =
    next.kind === "review"
      ? `review, due ${dueText(new Date(next.due), now())}`
      : next.kind === "continue"
        ? `started, not passing yet`
        : `next unsolved${options.list ? ` in ${options.list}` : ""}`;
  ctx.stdout.write(`${chalk.bold(`${next.slug} [${next.lang}]`)} ${title} ${chalk.dim(`(${why})`)}\n  ${chalk.cyan(next.command)}\n`);
  return EXIT_OK;
}
