// drill new <slug>: a stub in the workspace, never over an existing file.
import chalk from "chalk";
import { findProblem } from "../registry/find.js";
import type { Lang } from "../registry/load.js";
import { displayPath, resolveWorkspace } from "../workspace/paths.js";
import { writeStub } from "../workspace/stubs.js";
import type { CommandContext } from "./context.js";
import { requireRunnable } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";

export interface NewOptions {
  slug: string;
  lang: Lang;
  force?: boolean;
  workspace?: string;
}

export async function newCommand(options: NewOptions, ctx: CommandContext): Promise<number> {
  const registry = openRegistry(ctx, { quiet: true });
  const problem = findProblem(registry, options.slug);
  requireRunnable(problem, options.lang, ctx.env);
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });
  const written = writeStub(problem, options.lang, workspace, { force: options.force, cwd: ctx.cwd });
  const shown = displayPath(written.path, ctx.cwd);
  const langFlag = options.lang === "ts" ? "" : ` --lang ${options.lang}`;
  const lines = written.backup
    ? [`${chalk.green("Replaced")} ${shown} with a fresh stub; the old file is kept at ${displayPath(written.backup, ctx.cwd)}`]
    : [`${chalk.green("Created")} ${shown}`];
  lines.push(
    `  ${problem.meta.title.en}: ${problem.meta.summary}`,
    `  Read the statement: drill show ${problem.slug}${options.lang === "torch" ? " --lang torch   (its \"In PyTorch\" section)" : ""}`,
    `  Then run:           drill test ${problem.slug}${langFlag}`,
  );
  ctx.stdout.write(lines.join("\n") + "\n");
  return 0;
}
