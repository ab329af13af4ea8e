// drill new <slug>: a stub in the workspace, never over an existing file.
import chalk from "chalk";
import { findProblem } from "../registry/find.js";
import type { Lang } from "../registry/problem.js";
import { EXIT_FAILED } from "../errors.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { openWorkspace, reportNotSaved } from "./workspace.js";
import { writeStub } from "../workspace/stubs.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";
import { openInEditor } from "./editor.js";
import { requireRunnable } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";
import { drillCommand } from "../invocation.js";

export interface NewOptions {
  slug: string;
  lang: Lang;
  force?: boolean;
  workspace?: string;
  /** Open the new file in $VISUAL / $EDITOR. */
  open?: boolean;
}

export async function newCommand(options: NewOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true, cases: "lazy" });
  const problem = findProblem(registry, options.slug);
  requireRunnable(problem, options.lang, ctx.env);
  const workspace = openWorkspace(ctx, options.workspace);
  let written: ReturnType<typeof writeStub>;
  try {
    written = writeStub(problem, options.lang, workspace, { force: options.force, cwd: ctx.cwd });
  } catch (error) {
    reportNotSaved(ctx, error, `${displayPath(solutionPath(workspace, problem.slug, options.lang), ctx.cwd)} not ${options.force ? "replaced" : "created"}`);
    return EXIT_FAILED;
  }
  const shown = displayPath(written.path, ctx.cwd);
  const langFlag = options.lang === "ts" ? "" : ` --lang ${options.lang}`;
  const lines = written.backup
    ? [`${chalk.green("Replaced")} ${shown} with a fresh stub; the old file is kept at ${displayPath(written.backup, ctx.cwd)}`]
    : [`${chalk.green("Created")} ${shown}`];
  lines.push(
    `  ${problem.meta.title.en}: ${problem.meta.summary}`,
    `  Read the statement: ${drillCommand(`show ${problem.slug}${options.lang === "torch" ? " --lang torch" : ""}`, { workspace: false })}${options.lang === "torch" ? "   (its \"In PyTorch\" section)" : ""}`,
    `  Then run:           ${drillCommand(`test ${problem.slug}${langFlag}`)}`,
  );
  ctx.stdout.write(lines.join("\n") + "\n");
  if (options.open) {
    const problemText = openInEditor(written.path, ctx.env, ctx.stdin);
    if (problemText) warn(ctx, problemText.replace(/ and press e again$/, ""));
  }
  return 0;
}
