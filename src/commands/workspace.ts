// The workspace a command works in, with a warning when it is nested in (or holds) another.
import chalk from "chalk";
import { displayPath, findWorkspace } from "../workspace/paths.js";
import { scanWorkspace } from "../workspace/misnamed.js";
import { WorkspaceWriteError } from "../workspace/write-error.js";
import { warn, type CommandContext } from "./context.js";
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
