// Opening the problem registry for a command, and the languages commands accept.
import { UsageError } from "../errors.js";
import { problemsDir } from "../paths.js";
import { describeRegistryIssue, loadRegistry, type Lang, type Registry } from "../registry/load.js";
import { warn, type CommandContext } from "./context.js";

/** Loads problems/ and warns (on stderr) about any problem folder that could not be loaded. */
export function openRegistry(ctx: CommandContext, options: { quiet?: boolean } = {}): Registry {
  const registry = loadRegistry(problemsDir(ctx.env));
  if (!options.quiet) {
    for (const issue of registry.issues) warn(ctx, `skipped a broken problem: ${describeRegistryIssue(registry, issue, ctx.cwd)}`);
  }
  return registry;
}

/** Languages that have an adapter; the rest are refused with exit 2. */
export const SUPPORTED_LANGS: readonly Lang[] = ["ts"];

export function requireSupportedLang(lang: Lang): void {
  if (!SUPPORTED_LANGS.includes(lang)) {
    throw new UsageError(
      `Python solutions (--lang py) are not supported yet; drill runs TypeScript solutions for now.`,
      "use --lang ts (the default)",
    );
  }
}
