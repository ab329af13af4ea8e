// Opening the problem registry for a command.
import { problemsDir } from "../paths.js";
import type { CasesLoading } from "../registry/build-problem.js";
import { registryFromIndex } from "../registry/index-file.js";
import { describeRegistryIssue, type Registry } from "../registry/problem.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";

/**
 * Loads problems/ and warns (on stderr) about any problem folder that could not be loaded.
 * When every problem is as the build indexed (and validated) it, the index stands in for
 * validating it again, and commands that never run cases read them only on first use
 * (`cases: "lazy"`); otherwise every file is read and validated.
 */
export async function openRegistry(ctx: CommandContext, options: { quiet?: boolean; cases?: CasesLoading } = {}): Promise<Registry> {
  const dir = problemsDir(ctx.env);
  const cases = options.cases ?? "eager";
  const registry = registryFromIndex(dir, cases) ?? (await import("../registry/load.js")).loadRegistry(dir);
  if (!options.quiet) {
    for (const issue of registry.issues) warn(ctx, `skipped a broken problem: ${describeRegistryIssue(registry, issue, ctx.cwd)}`);
  }
  return registry;
}
