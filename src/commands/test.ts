// drill test [slug...] [--all]: run the cases (and the random cross-check) for solutions.
import { existsSync } from "node:fs";
import { EXIT_FAILED, EXIT_OK } from "../errors.js";
import { findProblem } from "../registry/find.js";
import { LANGS, type Lang, type Problem } from "../registry/load.js";
import { createJsonReporter } from "../report/json-reporter.js";
import { outputMode } from "../report/output-mode.js";
import { createPlainReporter } from "../report/plain-reporter.js";
import { runSuite, type SuiteItem, type SuiteReporter } from "../suite/run-suite.js";
import { displayPath, resolveWorkspace, solutionPath } from "../workspace/paths.js";
import type { CommandContext } from "./context.js";
import { requireProblemLang, requireTorch } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";

export interface TestOptions {
  slugs: string[];
  all?: boolean;
  /** One language; without it, every language that has a solution file (TypeScript when none does). */
  lang?: Lang;
  json?: boolean;
  seed: number;
  workspace?: string;
  /** Probe the complexity of passing solutions (default true; --no-probe turns it off). */
  probe: boolean;
  /** Draw the scaling chart even when the probe passes. */
  chart?: boolean;
  /** Measure the extra space beside the time (default true with the probe). */
  space: boolean;
  budgetMs?: number;
}

/** The (problem, language) pairs to test. */
function selectItems(problems: Problem[], options: TestOptions, workspace: string, onlyExisting: boolean): SuiteItem[] {
  const items: SuiteItem[] = [];
  for (const problem of problems) {
    const langs = options.lang ? [options.lang] : LANGS.filter((lang) => problem.files.reference[lang] && existsSync(solutionPath(workspace, problem.slug, lang)));
    if (langs.length === 0 && !onlyExisting) langs.push("ts");
    for (const lang of langs) {
      if (onlyExisting && !existsSync(solutionPath(workspace, problem.slug, lang))) continue;
      items.push({ problem, lang });
    }
  }
  return items;
}

export async function testCommand(options: TestOptions, ctx: CommandContext): Promise<number> {
  const registry = openRegistry(ctx);
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });

  const named = options.slugs.length > 0 && !options.all;
  const problems = named ? [...new Set(options.slugs.map((s) => findProblem(registry, s)))] : registry.problems;
  if (options.lang === "torch") {
    requireTorch(ctx.env);
    if (named) for (const problem of problems) requireProblemLang(problem, "torch");
  }
  const items = selectItems(options.lang === "torch" && !named ? problems.filter((p) => p.files.reference.torch) : problems, options, workspace, !named && !options.all);

  const mode = outputMode({ json: options.json, isTTY: !!ctx.stdout.isTTY, env: ctx.env });
  if (items.length === 0) {
    if (mode === "json") ctx.stdout.write(JSON.stringify({ ok: false, results: [] }, null, 2) + "\n");
    const first = registry.problems[0]?.slug ?? "<slug>";
    ctx.stderr.write(
      `No solutions in ${displayPath(workspace, ctx.cwd)}/ yet. Start one with: drill new ${first}   (drill list shows them all; drill test --all tests every problem)\n`,
    );
    return EXIT_FAILED;
  }

  const reporter: SuiteReporter =
    mode === "json"
      ? createJsonReporter((t) => ctx.stdout.write(t))
      : mode === "plain"
        ? createPlainReporter((t) => ctx.stdout.write(t), { chart: options.chart })
        : (await import("../ui/render-test-run.js")).renderTestRun(ctx.stdout as NodeJS.WriteStream, { chart: options.chart });

  const results = await runSuite(
    items,
    { workspace, cwd: ctx.cwd, seed: options.seed, env: ctx.env, recordHistory: true, probe: options.probe, space: options.space, budgetMs: options.budgetMs },
    reporter,
  );
  return results.every((r) => r.status === "passed" && r.probe?.ok !== false) ? EXIT_OK : EXIT_FAILED;
}
