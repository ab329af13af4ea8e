// The workspace a command works in, with a warning when it is nested in (or holds) another.
import { findWorkspace } from "../workspace/paths.js";
import { warn, type CommandContext } from "./context.js";

export function openWorkspace(ctx: CommandContext, flag: string | undefined): string {
  const found = findWorkspace({ cwd: ctx.cwd, workspace: flag, env: ctx.env });
  if (found.warning) warn(ctx, found.warning);
  return found.path;
}
