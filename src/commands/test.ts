// drill test [slug...] [--all]: run the cases (and the random cross-check) for solutions.
import { existsSync } from "node:fs";
import { EXIT_FAILED, EXIT_OK } from "../errors.js";

/** What a shell reports for a program stopped by Ctrl-C. */
const EXIT_INTERRUPTED = 130;
import { findProblem } from "../registry/find.js";
import { LANGS, type Lang, type Problem } from "../registry/problem.js";
import { createJsonReporter } from "../report/json-reporter.js";
import { outputMode } from "../report/output-mode.js";
import { createPlainReporter } from "../report/plain-reporter.js";
import { defaultJobs, runSuite, type SuiteItem, type SuiteReporter } from "../suite/run-suite.js";
import { createProgressLine } from "../report/progress-line.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { openWorkspace, reportNotSaved, warnMisnamed } from "./workspace.js";
import type { CommandContext } from "./context.js";
import { requireProblemLang, requireTorch } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";
import { terminalOf } from "./terminal.js";
import { drillCommand } from "../invocation.js";

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
  /** Reuse a saved verdict when nothing it depends on changed (default true; --no-cache runs again). */
  cache?: boolean;
  /** Case runs at once (default: the cores available). */
  jobs?: number;
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
  const registry = await openRegistry(ctx);
  const workspace = openWorkspace(ctx, options.workspace);

  const named = options.slugs.length > 0 && !options.all;
  const problems = named ? [...new Set(options.slugs.map((s) => findProblem(registry, s)))] : registry.problems;
  if (options.lang === "torch") {
    requireTorch(ctx.env);
    if (named) for (const problem of problems) requireProblemLang(problem, "torch");
  }
  const items = selectItems(options.lang === "torch" && !named ? problems.filter((p) => p.files.reference.torch) : problems, options, workspace, !named && !options.all);

  const mode = outputMode({ json: options.json, isTTY: !!ctx.stdout.isTTY, env: ctx.env });
  warnMisnamed(ctx, workspace, registry.problems.map((p) => p.slug), named ? new Set(problems.map((p) => p.slug)) : undefined);

  if (items.length === 0) {
    if (mode === "json") ctx.stdout.write(JSON.stringify({ ok: false, results: [] }, null, 2) + "\n");
    const first = registry.problems[0]?.slug ?? "<slug>";
    ctx.stderr.write(
      `No solutions in ${displayPath(workspace, ctx.cwd)}/ yet. Start one with: ${drillCommand(`new ${first}`)}   (${drillCommand("list")} shows them all; ${drillCommand("test --all")} tests every problem)\n`,
    );
    return EXIT_FAILED;
  }

  // Over several solutions, progress goes to stderr when that is a terminal (stdout may be a pipe).
  const progress = items.length > 1 && mode !== "ink" && ctx.stderr.isTTY ? createProgressLine((t) => ctx.stderr.write(t)) : undefined;
  const reporter: SuiteReporter =
    mode === "json"
      ? createJsonReporter((t) => ctx.stdout.write(t), progress)
      : mode === "plain"
        ? createPlainReporter((t) => ctx.stdout.write(t), { chart: options.chart }, progress)
        : (await import("../ui/render-test-run.js")).renderTestRun(terminalOf(ctx), { chart: options.chart });

  let notSaved: unknown;
  // Ctrl-C stops the run where it is and still prints what finished ("Interrupted after 6/49").
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once("SIGINT", onSigint);
  const results = await runSuite(
    items,
    {
      workspace,
      cwd: ctx.cwd,
      seed: options.seed,
      env: ctx.env,
      recordHistory: true,
      onNotSaved: (error) => (notSaved = error),
      probe: options.probe,
      space: options.space,
      budgetMs: options.budgetMs,
      signal: interrupt.signal,
      cache: options.cache !== false,
      jobs: options.jobs ?? defaultJobs(),
    },
    reporter,
  ).finally(() => process.off("SIGINT", onSigint));
  if (interrupt.signal.aborted) return EXIT_INTERRUPTED;
  if (notSaved) {
    reportNotSaved(ctx, notSaved);
    return EXIT_FAILED;
  }
  return results.every((r) => r.status === "passed" && r.probe?.ok !== false) ? EXIT_OK : EXIT_FAILED;
}
