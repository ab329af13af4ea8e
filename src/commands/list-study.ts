// drill list --list NAME: a study list in its order and groups, with the user's progress on each
// problem, `n/total solved`, and the problems drill does not have yet dimmed as such.
import chalk from "chalk";
import { UsageError } from "../errors.js";
import { listsDir } from "../paths.js";
import type { Lang, Problem } from "../registry/problem.js";
import { listNames, readStudyList, type StudyListEntry } from "../registry/study-lists.js";
import type { SolveStatus } from "../store/status.js";
import type { CommandContext } from "./context.js";
import { displayWidth, fitToWidth, pad, type Segment } from "./table-text.js";

export interface StudyListView {
  problems: readonly Problem[];
  statusOf(slug: string): SolveStatus;
  statusByLang(slug: string): Record<Lang, SolveStatus>;
  /** The review due date as text (`today`, `3d late`, `—`) and as ISO time or null. */
  dueText(slug: string): string;
  dueIso(slug: string): string | null;
  /** The filters the user gave: whether a problem is shown, and whether any narrows by status, tag, level or due. */
  keep(p: Problem): boolean;
  words: string[];
  narrowed: boolean;
  json: boolean;
  workspaceText: string;
}

const NOT_IN_DRILL = "not in drill yet";

const STATUS_STYLE: Record<SolveStatus, (s: string) => string> = {
  new: chalk.dim,
  started: chalk.yellow,
  failing: chalk.red,
  passing: chalk.green,
};

/** The terminal's width: the TTY's columns, else $COLUMNS, else no limit. */
export function terminalWidth(ctx: CommandContext): number {
  const tty = (ctx.stdout as { columns?: number }).columns;
  if (tty && tty > 0) return tty;
  const env = Number(ctx.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : Infinity;
}

export function printStudyList(name: string, view: StudyListView, ctx: CommandContext): number {
  const dir = listsDir(ctx.env);
  const list = readStudyList(dir, name, view.problems.map((p) => ({ slug: p.slug, leetcode: p.meta.leetcode?.id })));
  if (!list) {
    const names = listNames(dir);
    throw new UsageError(`no such list "${name}"`, names.length ? `one of: ${names.join(", ")}` : `a list is a file ${dir}/<name>.json`);
  }
  const bySlug = new Map(view.problems.map((p) => [p.slug, p]));
  const solved = list.entries.filter((e) => e.problem && view.statusOf(e.problem) === "passing").length;
  const total = list.entries.length;
  const inDrill = list.entries.filter((e) => e.problem).length;
  const titleOf = (e: StudyListEntry): string => {
    const t = e.problem ? bySlug.get(e.problem)!.meta.title : e.title ?? { en: e.slug };
    return t.zh ? `${t.en} · ${t.zh}` : t.en;
  };
  const shown = list.entries.filter((e) => {
    const hay = `${e.problem ?? ""} ${e.slug} ${titleOf(e)}`.toLowerCase();
    if (!view.words.every((w) => hay.includes(w.toLowerCase()))) return false;
    return e.problem ? view.keep(bySlug.get(e.problem)!) : !view.narrowed;
  });

  if (view.json) {
    const json = {
      name: list.name,
      title: list.title ?? null,
      solved,
      total,
      inDrill,
      groups: list.groups,
      problems: shown.map((e) => ({
        position: e.position,
        group: e.group ?? null,
        leetcode: e.leetcode ?? bySlug.get(e.problem ?? "")?.meta.leetcode?.id ?? null,
        slug: e.problem ?? e.slug,
        title: e.problem ? bySlug.get(e.problem)!.meta.title : e.title ?? { en: e.slug },
        inDrill: e.problem !== undefined,
        status: e.problem ? view.statusOf(e.problem) : null,
        statusByLang: e.problem ? view.statusByLang(e.problem) : null,
        due: e.problem ? view.dueIso(e.problem) : null,
      })),
    };
    ctx.stdout.write(JSON.stringify(json, null, 2) + "\n");
    return 0;
  }

  const rows = shown.map((e) => {
    const p = e.problem ? bySlug.get(e.problem) : undefined;
    return {
      entry: e,
      status: p ? view.statusOf(p.slug) : undefined,
      cells: [p ? view.statusOf(p.slug) : "—", String(e.leetcode ?? p?.meta.leetcode?.id ?? ""), p ? p.slug : e.slug, p ? p.meta.difficulty : "", p ? view.dueText(p.slug) : "", titleOf(e)],
    };
  });
  // The title goes last, so a narrow terminal cuts it first; "not in drill yet" spans LEVEL and DUE.
  const headers = ["STATUS", "#", "SLUG", "LEVEL", "DUE", "TITLE"];
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r.cells[i]))));
  widths[4] = Math.max(widths[4], displayWidth(NOT_IN_DRILL) - 2 - widths[3]);
  const width = terminalWidth(ctx);
  const write = (segments: Segment[]) => ctx.stdout.write(fitToWidth(segments, width) + "\n");
  const heading = list.title ? (list.title.zh ? `${list.title.en} · ${list.title.zh}` : list.title.en) : list.name;
  write([{ text: heading, style: chalk.bold }, { text: `  ${solved}/${total} solved` }]);
  write([{ text: headers.map((h, i) => pad(h, widths[i])).join("  "), style: chalk.dim }]);
  const groupTitle = new Map(list.groups.map((g) => [g.id, g.title.zh ? `${g.title.en} · ${g.title.zh}` : g.title.en]));
  let group: string | undefined;
  for (const r of rows) {
    const g = r.entry.group;
    if (g !== undefined && g !== group) {
      group = g;
      const members = list.entries.filter((e) => e.group === g);
      const done = members.filter((e) => e.problem && view.statusOf(e.problem) === "passing").length;
      write([{ text: `\n${groupTitle.get(g) ?? g}`, style: chalk.bold }, { text: `  ${done}/${members.length}`, style: chalk.dim }]);
    }
    const cells = r.cells.map((c, i) => pad(c, widths[i]));
    if (!r.status) {
      write([
        { text: cells.slice(0, 3).join("  ") + "  ", style: chalk.dim },
        { text: pad(NOT_IN_DRILL, widths[3] + 2 + widths[4]), style: chalk.dim.italic },
        { text: "  " + r.cells[5], style: chalk.dim },
      ]);
      continue;
    }
    write([
      { text: cells[0], style: STATUS_STYLE[r.status] },
      { text: "  " + cells[1] + "  " },
      { text: cells[2], style: chalk.bold },
      { text: "  " + cells.slice(3).join("  ") },
    ]);
  }
  const more = shown.length < total ? ` · ${shown.length} shown` : "";
  ctx.stdout.write(
    chalk.dim(`\n${solved}/${total} solved · ${inDrill}/${total} in drill${more} · workspace ${view.workspaceText}/ · next: drill next --list ${list.name}`) + "\n",
  );
  return 0;
}
