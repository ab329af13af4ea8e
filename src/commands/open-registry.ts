// Opening the problem registry for a command.
import { problemsDir } from "../paths.js";
import { describeRegistryIssue, loadRegistry, type Registry } from "../registry/load.js";
import { warn, type CommandContext } from "./context.js";

/** Loads problems/ and warns (on stderr) about any problem folder that could not be loaded. */
export function openRegistry(ctx: CommandContext, options: { quiet?: boolean } = {}): Registry {
  const registry = loadRegistry(problemsDir(ctx.env));
  if (!options.quiet) {
    for (const issue of registry.issues) warn(ctx, `skipped a broken problem: ${describeRegistryIssue(registry, issue, ctx.cwd)}`);
  }
  return registry;
}
