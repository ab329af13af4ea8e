// drill solution <slug>: the reference solution, with a note on its idea and complexity —
// once your own solution passes (before that, only with --force, like rustlings).
import { readFileSync } from "node:fs";
import chalk from "chalk";
import { UserError } from "../errors.js";
import { findProblem } from "../registry/find.js";
import { LANG_NAME, LANGS, type Lang } from "../registry/problem.js";
import { openWorkspace } from "./workspace.js";
import { readWorkspaceStatus } from "../store/status.js";
import type { CommandContext } from "./context.js";
import { requireProblemLang } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";
import { spaceGraded } from "./show.js";
import { drillCommand } from "../invocation.js";

export interface SolutionOptions {
  slug: string;
  /** Without it: the language whose solution passes, else one that has a file, else TypeScript. */
  lang?: Lang;
  force?: boolean;
  workspace?: string;
}

export async function solutionCommand(options: SolutionOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true, cases: "lazy" });
  const problem = findProblem(registry, options.slug);
  const workspace = openWorkspace(ctx, options.workspace);
  const statuses = readWorkspaceStatus(workspace, [problem], LANGS);
  const lang: Lang =
    options.lang ?? LANGS.find((l) => statuses.of(problem.slug, l) === "passing") ?? LANGS.find((l) => statuses.of(problem.slug, l) !== "new") ?? "ts";
  requireProblemLang(problem, lang);
  const status = statuses.of(problem.slug, lang);
  if (status !== "passing" && !options.force) {
    const langFlag = lang === "ts" ? "" : ` --lang ${lang}`;
    throw new UserError(
      `your ${LANG_NAME[lang]} solution to ${problem.slug} does not pass yet (status: ${status}); the reference is shown once it does.`,
      `${drillCommand(`test ${problem.slug}${langFlag}`)} until it passes, or ${drillCommand(`solution ${problem.slug}${langFlag} --force`)} to look now`,
    );
  }
  const file = problem.files.reference[lang];
  if (!file) throw new UserError(`${problem.slug} has no ${lang} reference`);
  const { meta } = problem;
  const lines = [
    `${chalk.bold(`Reference solution: ${meta.title.en}`)} ${chalk.dim(`[${lang}]`)}`,
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
