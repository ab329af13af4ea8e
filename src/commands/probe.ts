// drill probe <slug>: the time complexity of your solution, measured, with the chart.
import { existsSync } from "node:fs";
import chalk from "chalk";
import { UserError } from "../errors.js";
import { probeSolution } from "../probe/run-probe.js";
import { findProblem } from "../registry/find.js";
import { LANGS, type Lang } from "../registry/problem.js";
import { scalingChart, spaceChart } from "../report/chart.js";
import { probeLine, spaceLine } from "../report/text.js";
import { createAdapter } from "../runner/adapters.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { openWorkspace } from "./workspace.js";
import type { CommandContext } from "./context.js";
import { requireRunnable } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";
import { drillCommand } from "../invocation.js";

export interface ProbeOptions {
  slug: string;
  lang?: Lang;
  budgetMs?: number;
  seed: number;
  space?: boolean;
  json?: boolean;
  workspace?: string;
}

export async function probeCommand(options: ProbeOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true });
  const problem = findProblem(registry, options.slug);
  const workspace = openWorkspace(ctx, options.workspace);
  const lang: Lang = options.lang ?? LANGS.find((l) => existsSync(solutionPath(workspace, problem.slug, l))) ?? "ts";
  requireRunnable(problem, lang, ctx.env);
  const file = solutionPath(workspace, problem.slug, lang);
  const shownAs = displayPath(file, ctx.cwd);
  if (!existsSync(file)) {
    throw new UserError(`no solution to probe: ${shownAs} does not exist`, drillCommand(`new ${problem.slug}${lang === "ts" ? "" : ` --lang ${lang}`}`));
  }
  const adapter = createAdapter(lang, { env: ctx.env });
  if (!adapter.ok) throw new UserError(adapter.message);
  const interactive = !options.json && ctx.stdout.isTTY;
  try {
    const report = await probeSolution(problem, {
      file,
      shownAs,
      lang,
      adapter: adapter.adapter,
      budgetMs: options.budgetMs,
      seed: options.seed,
      space: options.space,
      onPoint: interactive ? (who, n) => ctx.stderr.write(`\r${chalk.dim(`probing ${who === "solution" ? "your solution" : "the reference"}: n = ${n.toLocaleString("en")}`)}\u001b[K`) : undefined,
    });
    if (interactive) ctx.stderr.write("\r\u001b[K");
    if (options.json) {
      ctx.stdout.write(JSON.stringify({ slug: problem.slug, lang, file: shownAs, ...report }, null, 2) + "\n");
    } else {
      const lines = [`${chalk.bold(problem.slug)} ${chalk.dim(`[${lang}]`)}  ${chalk.dim(`n = ${report.n}`)}`, probeLine(report).trimStart()];
      if (report.note && report.measured) lines.push(chalk.dim(report.note));
      lines.push(...scalingChart(report));
      if (report.space) lines.push(spaceLine(report.space).trimStart(), ...spaceChart(report.space));
      if (report.alternatives.length) {
        lines.push(chalk.dim(`fit error by class: ${report.alternatives.slice(0, 4).map((a) => `${a.class} ${(a.score * 100).toFixed(1)}%`).join(", ")}`));
      }
      ctx.stdout.write(lines.join("\n") + "\n");
    }
    return report.ok && report.space?.ok !== false ? 0 : 1;
  } finally {
    await adapter.adapter.dispose();
  }
}
