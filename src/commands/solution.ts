// drill solution <slug>: the reference solution, with a note on its idea and complexity —
// once your own solution passes (before that, only with --force, like rustlings).
import { readFileSync } from "node:fs";
import chalk from "chalk";
import { UserError } from "../errors.js";
import { findProblem } from "../registry/find.js";
import { LANG_NAME, type Lang } from "../registry/load.js";
import { resolveWorkspace } from "../workspace/paths.js";
import { readWorkspaceStatus } from "../workspace/status.js";
import type { CommandContext } from "./context.js";
import { requireProblemLang } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";
import { spaceGraded } from "./show.js";

export interface SolutionOptions {
  slug: string;
  lang: Lang;
  force?: boolean;
  workspace?: string;
}

export async function solutionCommand(options: SolutionOptions, ctx: CommandContext): Promise<number> {
  const registry = openRegistry(ctx, { quiet: true });
  const problem = findProblem(registry, options.slug);
  requireProblemLang(problem, options.lang);
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });
  const status = readWorkspaceStatus(workspace, [problem], [options.lang]).of(problem.slug, options.lang);
  if (status !== "passing" && !options.force) {
    const langFlag = options.lang === "ts" ? "" : ` --lang ${options.lang}`;
    throw new UserError(
      `your ${LANG_NAME[options.lang]} solution to ${problem.slug} does not pass yet (status: ${status}); the reference is shown once it does.`,
      `drill test ${problem.slug}${langFlag} until it passes, or drill solution ${problem.slug}${langFlag} --force to look now`,
    );
  }
  const file = problem.files.reference[options.lang];
  if (!file) throw new UserError(`${problem.slug} has no ${options.lang} reference`);
  const { meta } = problem;
  const lines = [
    `${chalk.bold(`Reference solution: ${meta.title.en}`)} ${chalk.dim(`[${options.lang}]`)}`,
    `${chalk.bold("Idea")}   ${meta.hints[meta.hints.length - 1]}`,
    `${chalk.bold("Time")}   ${meta.complexity.time}, where n = ${meta.complexity.n}`,
    `${chalk.bold("Space")}  ${meta.complexity.space}${spaceGraded(meta.complexity)}`,
    "",
    readFileSync(file, "utf8").trimEnd(),
  ];
  if (status !== "passing") lines.unshift(chalk.yellow("(shown with --force: your own solution does not pass yet)"));
  ctx.stdout.write(lines.join("\n") + "\n");
  return 0;
}
