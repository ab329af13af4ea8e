// drill list: every problem with its target complexity and where the user stands.
import chalk from "chalk";
import { existsSync } from "node:fs";
import { UsageError } from "../errors.js";
import { LANGS, type Lang, type Problem } from "../registry/problem.js";
import { displayPath } from "../workspace/paths.js";
import { openWorkspace, reportDamagedHistory, warnMisnamed } from "./workspace.js";
import { readWorkspaceStatus, type SolveStatus } from "../store/status.js";
import { dueText } from "../review/due-text.js";
import { cardKey, endOfDay } from "../review/calendar.js";
import type { ReviewState } from "../store/review-state.js";
import { historyPath } from "../store/history.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";
import { openRegistry } from "./open-registry.js";
import { drillCommand } from "../invocation.js";
import { eastAsianWidth } from "get-east-asian-width";
import { displayWidth } from "./table-text.js";

export interface ListOptions {
  json?: boolean;
  tag?: string;
  difficulty?: string;
  status?: string;
  /** Only this language's status; without it, the best status over both languages. */
  lang?: Lang;
  workspace?: string;
  /** Words that must appear in the slug or either title. */
  search: string[];
  /** Only problems with a review due today. */
  due?: boolean;
  /** Show this study list (lists/<name>.json) in its order and groups. */
  list?: string;
}

const STATUSES: SolveStatus[] = ["new", "started", "failing", "passing"];

const STATUS_STYLE: Record<SolveStatus, (s: string) => string> = {
  new: chalk.dim,
  started: chalk.yellow,
  failing: chalk.red,
  passing: chalk.green,
};

function matches(p: Problem, words: string[]): boolean {
  const hay = `${p.slug} ${p.meta.title.en} ${p.meta.title.zh ?? ""}`.toLowerCase();
  return words.every((w) => hay.includes(w.toLowerCase()));
}

export async function listCommand(options: ListOptions, ctx: CommandContext): Promise<number> {
  if (options.status && !STATUSES.includes(options.status as SolveStatus)) {
    throw new UsageError(`unknown status "${options.status}"; use one of: ${STATUSES.join(", ")}`);
  }
  const registry = await openRegistry(ctx, { cases: "lazy" });
  const difficulties = ["easy", "medium", "hard"];
  if (options.difficulty && !difficulties.includes(options.difficulty)) {
    throw new UsageError(`unknown difficulty "${options.difficulty}"; use one of: ${difficulties.join(", ")}`);
  }
  const tags = [...new Set(registry.problems.flatMap((p) => p.meta.tags))].sort();
  if (options.tag && !tags.includes(options.tag)) {
    throw new UsageError(`unknown tag "${options.tag}"; the tags are: ${tags.join(", ")}`);
  }
  const workspace = openWorkspace(ctx, options.workspace);
  const status = readWorkspaceStatus(workspace, registry.problems, LANGS);
  const statusOf = (slug: string): SolveStatus => {
    const langs = options.lang ? [options.lang] : LANGS;
    return langs.map((lang) => status.of(slug, lang)).reduce((best, s) => (STATUSES.indexOf(s) > STATUSES.indexOf(best) ? s : best));
  };
  await reportDamagedHistory(ctx, workspace, status.damagedLines);
  warnMisnamed(ctx, workspace, registry.problems.map((p) => p.slug));
  // Review cards come from the history: without one nothing is due, and the scheduler (ts-fsrs) stays unloaded.
  let cards: ReviewState["cards"] = {};
  if (existsSync(historyPath(workspace))) {
    const opened = (await import("../review/load.js")).openSchedule(workspace, registry.problems, { now: new Date(), cwd: ctx.cwd });
    for (const w of opened.warnings) warn(ctx, w);
    cards = opened.state.cards;
  }
  const now = new Date();
  const dueOf = (slug: string, lang: Lang): Date | null => {
    const card = cards[cardKey(slug, lang)];
    return card ? new Date(card.due) : null;
  };
  /** The earliest due date over the languages asked for. */
  const due = (slug: string): Date | null =>
    (options.lang ? [options.lang] : LANGS)
      .map((lang) => dueOf(slug, lang))
      .reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null);
  const keep = (p: Problem) =>
    (!options.tag || p.meta.tags.includes(options.tag)) &&
    (!options.difficulty || p.meta.difficulty === options.difficulty) &&
    (!options.lang || Boolean(p.files.reference[options.lang])) &&
    (!options.status || statusOf(p.slug) === options.status) &&
    (!options.due || (due(p.slug) !== null && due(p.slug)! <= endOfDay(now)));
  if (options.list) {
    const { printStudyList } = await import("./list-study.js");
    return printStudyList(
      options.list,
      {
        problems: registry.problems,
        statusOf,
        statusByLang: (slug) => Object.fromEntries(LANGS.map((lang) => [lang, status.of(slug, lang)])) as Record<Lang, SolveStatus>,
        dueText: (slug) => (due(slug) ? dueText(due(slug)!, now) : "—"),
        dueIso: (slug) => due(slug)?.toISOString() ?? null,
        keep,
        words: options.search,
        narrowed: Boolean(options.tag || options.difficulty || options.status || options.due),
        json: Boolean(options.json),
        workspaceText: displayPath(workspace, ctx.cwd),
      },
      ctx,
    );
  }
  const rows = registry.problems.filter((p) => keep(p) && matches(p, options.search));

  if (options.json) {
    const json = rows.map((p) => ({
      slug: p.slug,
      title: p.meta.title,
      difficulty: p.meta.difficulty,
      tags: p.meta.tags,
      target: { time: p.meta.complexity.time, space: p.meta.complexity.space, n: p.meta.complexity.n },
      reference: p.meta.reference ?? null,
      languages: Object.entries(p.files.reference).filter(([, f]) => f).map(([lang]) => lang),
      status: statusOf(p.slug),
      statusByLang: Object.fromEntries(LANGS.map((lang) => [lang, status.of(p.slug, lang)])),
      leetcode: p.meta.leetcode ?? null,
      due: due(p.slug)?.toISOString() ?? null,
      dueByLang: Object.fromEntries(LANGS.map((lang) => [lang, dueOf(p.slug, lang)?.toISOString() ?? null])),
    }));
    ctx.stdout.write(JSON.stringify(json, null, 2) + "\n");
    return 0;
  }

  const table = rows.map((p) => ({
    status: statusOf(p.slug),
    slug: p.slug,
    title: p.meta.title.zh ? `${p.meta.title.en} · ${p.meta.title.zh}` : p.meta.title.en,
    difficulty: p.meta.difficulty,
    target: p.meta.complexity.time,
    due: due(p.slug) ? dueText(due(p.slug)!, now) : "—",
    tags: p.meta.tags.join(", "),
  }));
  const cols = [
    ["status", "STATUS"],
    ["slug", "SLUG"],
    ["title", "TITLE"],
    ["difficulty", "LEVEL"],
    ["target", "TARGET"],
    ["due", "DUE"],
    ["tags", "TAGS"],
  ] as const;
  /** Each cell with its display width, measured once. */
  const measured = (cells: string[]) => cells.map((text) => ({ text, width: displayWidth(text) }));
  const header = measured(cols.map(([, h]) => h));
  const body = table.map((r) => measured(cols.map(([key]) => r[key])));
  const widths = cols.map((_, i) => Math.max(header[i].width, ...body.map((cells) => cells[i].width)));
  // On a terminal, each row fits its width, cut with "…" as gh and cargo do; a pipe gets whole rows.
  const columns = ctx.stdout.isTTY && ctx.stdout.columns ? ctx.stdout.columns : Infinity;
  const line = (cells: { text: string; width: number }[], style?: (i: number, s: string) => string) => {
    let room = columns;
    const out: string[] = [];
    for (const [i, cell] of cells.entries()) {
      const text = cell.text + " ".repeat(widths[i] - cell.width);
      const sep = i === 0 ? 0 : 2;
      if (room - sep <= 0) break;
      const fits = widths[i] + sep <= room;
      const fitted = fits ? text : cut(text, room - sep);
      out.push(style ? style(i, fitted) : fitted);
      room -= sep + (fits ? widths[i] : displayWidth(fitted));
    }
    return out.join("  ").trimEnd();
  };
  const lines = [chalk.dim(line(header))];
  table.forEach((r, row) => lines.push(line(body[row], (i, s) => (i === 0 ? STATUS_STYLE[r.status](s) : i === 1 ? chalk.bold(s) : s))));
  ctx.stdout.write(lines.join("\n") + "\n");
  const solved = table.filter((r) => r.status === "passing").length;
  const dueToday = rows.filter((p) => due(p.slug) !== null && due(p.slug)! <= endOfDay(now)).length;
  const reviews = dueToday ? ` · ${dueToday} due for review (${drillCommand("review")})` : "";
  ctx.stdout.write(chalk.dim(`\n${solved}/${table.length} passing${reviews} · workspace ${displayPath(workspace, ctx.cwd)}/ · start one with: ${drillCommand("new <slug>")}`) + "\n");
  return 0;
}

/** The text cut to `width` columns, ending in "…". */
function cut(s: string, width: number): string {
  let out = "";
  let used = 0;
  for (const ch of s) {
    const w = eastAsianWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return width >= 1 ? `${out}…` : "";
}
