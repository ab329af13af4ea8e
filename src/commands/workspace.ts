// The workspace a command works in, with a warning when it is nested in (or holds) another.
import chalk from "chalk";
import { displayPath, findWorkspace } from "../workspace/paths.js";
import { scanWorkspace } from "../workspace/misnamed.js";
import { WorkspaceWriteError } from "../workspace/write-error.js";
import { historyPath } from "../store/history.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";
import { drillCommand } from "../invocation.js";

export function openWorkspace(ctx: CommandContext, flag: string | undefined): string {
  const found = findWorkspace({ cwd: ctx.cwd, workspace: flag, env: ctx.env });
  if (found.warning) warn(ctx, found.warning);
  return found.path;
}

/** Says in one line that a write was refused and what was lost; exit 1 follows. Other errors go on up. */
export function reportNotSaved(ctx: CommandContext, error: unknown, lost = "results not saved"): void {
  if (!(error instanceof WorkspaceWriteError)) throw error;
  ctx.stderr.write(`${chalk.red("drill:")} ${error.line(lost, displayPath(error.workspace, ctx.cwd))}\n`);
}

/** Runs a write; a refused one is reported (see reportNotSaved) and returns false. */
export function trySave(ctx: CommandContext, write: () => void, lost?: string): boolean {
  try {
    write();
    return true;
  } catch (error) {
    reportNotSaved(ctx, error, lost);
    return false;
  }
}

/**
 * Points out files drill does not read: "found MHA.ts, sub/mha.ts: did you mean mha.ts?" per
 * problem (only those in `only`, when given), and, unless `only` is given, one line listing the
 * code files named after no problem.
 */
export function warnMisnamed(ctx: CommandContext, workspace: string, slugs: readonly string[], only?: ReadonlySet<string>): void {
  const scan = scanWorkspace(workspace, slugs);
  for (const m of scan.misnamed) {
    if (!only || only.has(m.slug)) warn(ctx, `found ${m.found.join(", ")}: did you mean ${m.expected}?`);
  }
  if (!only && scan.ignored.length) {
    const shown = scan.ignored.length > 6 ? [...scan.ignored.slice(0, 6), `and ${scan.ignored.length - 6} more`] : scan.ignored;
    warn(ctx, `ignored in ${displayPath(workspace, ctx.cwd)}/ (named after no problem; ${drillCommand("list")} shows the names): ${shown.join(", ")}`);
  }
}

// set-aside.js is imported only when something is damaged: its atomic writer costs `drill list` ~2 ms of start-up.

/** The history's damaged lines, moved aside once and said so; where that cannot be done, only said. */
export async function reportDamagedHistory(ctx: CommandContext, workspace: string, damagedLines: readonly number[]): Promise<void> {
  if (damagedLines.length === 0) return;
  const shown = displayPath(historyPath(workspace), ctx.cwd);
  const { setAsideDamagedLines } = await import("../store/set-aside.js");
  try {
    const moved = setAsideDamagedLines(workspace);
    if (moved) warn(ctx, `set aside ${moved.lines.length} damaged line(s) of ${shown} (line ${moved.lines.join(", ")}) in ${displayPath(moved.path, ctx.cwd)}; the rest is kept`);
  } catch (error) {
    if (!(error instanceof WorkspaceWriteError)) throw error;
    warn(ctx, `skipped ${damagedLines.length} damaged line(s) in ${shown} (line ${damagedLines.join(", ")})`);
  }
}

/** A damaged state file (quiz.json, state.json): moved to .drill/backup/ and said so, before anything rewrites it. */
export async function reportDamagedFile(ctx: CommandContext, workspace: string, path: string, what: string): Promise<void> {
  const { setAsideFile } = await import("../store/set-aside.js");
  try {
    const moved = setAsideFile(workspace, path);
    warn(ctx, `${displayPath(path, ctx.cwd)} (${what}) was damaged; it is kept at ${displayPath(moved, ctx.cwd)}, and drill starts afresh`);
  } catch (error) {
    if (!(error instanceof WorkspaceWriteError)) throw error;
    warn(ctx, `${displayPath(path, ctx.cwd)} (${what}) is damaged; drill reads it as empty`);
  }
}
