// drill hint <slug>: the next hint, one at a time (the count is kept in .drill/state.json,
// shared with drill watch's h key). --all prints every hint without counting.
import chalk from "chalk";
import { findProblem } from "../registry/find.js";
import { readState, statePath, updateState } from "../store/state.js";
import { EXIT_FAILED, EXIT_OK } from "../errors.js";
import { openWorkspace, reportDamagedFile, trySave } from "./workspace.js";
import type { CommandContext } from "./context.js";
import { openRegistry } from "./open-registry.js";
import { drillCommand } from "../invocation.js";

export interface HintOptions {
  slug: string;
  all?: boolean;
  reset?: boolean;
  workspace?: string;
}

export async function hintCommand(options: HintOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true, cases: "lazy" });
  const problem = findProblem(registry, options.slug);
  const hints = problem.meta.hints;
  const workspace = openWorkspace(ctx, options.workspace);
  if (readState(workspace).damaged) await reportDamagedFile(ctx, workspace, statePath(workspace), "the hint counts");
  if (options.reset) {
    if (!trySave(ctx, () => updateState(workspace, (s) => delete s.hints[problem.slug]), "the hints stay as they were")) return EXIT_FAILED;
    ctx.stdout.write(`Hints for ${problem.slug} are hidden again.\n`);
    return EXIT_OK;
  }
  const shown = options.all ? hints.length : Math.min(hints.length, (readState(workspace).state.hints[problem.slug] ?? 0) + 1);
  const lines = hints.slice(0, shown).map((h, i) => `${chalk.yellow(`Hint ${i + 1}/${hints.length}`)}  ${h}`);
  if (shown < hints.length) lines.push(chalk.dim(`(${drillCommand(`hint ${problem.slug}`)} again for the next one)`));
  else if (!options.all) lines.push(chalk.dim("That was the last hint."));
  // The hint is shown first: a workspace drill cannot write to loses only the count.
  ctx.stdout.write(lines.join("\n") + "\n");
  if (options.all) return EXIT_OK;
  return trySave(ctx, () => updateState(workspace, (s) => (s.hints[problem.slug] = shown)), "the hint count is not saved") ? EXIT_OK : EXIT_FAILED;
}
