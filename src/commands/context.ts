// What every command receives instead of touching process globals, so tests can point it at a temp folder.
import chalk from "chalk";
import { problemsDir } from "../paths.js";
import { describeRegistryIssue, loadRegistry, type Registry } from "../registry/load.js";
import { UsageError } from "../errors.js";
import type { Lang } from "../registry/load.js";

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
}

export function processContext(): CommandContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

export function warn(ctx: CommandContext, message: string): void {
  ctx.stderr.write(`${chalk.yellow("drill:")} ${message}\n`);
}

/** Loads problems/ and warns (on stderr) about any problem folder that could not be loaded. */
export function openRegistry(ctx: CommandContext, options: { quiet?: boolean } = {}): Registry {
  const registry = loadRegistry(problemsDir(ctx.env));
  if (!options.quiet) {
    for (const issue of registry.issues) warn(ctx, `skipped a broken problem: ${describeRegistryIssue(registry, issue)}`);
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
