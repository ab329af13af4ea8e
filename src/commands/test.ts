// drill test [slug...] [--all]: run the cases (and the random cross-check) for solutions.
import { existsSync } from "node:fs";
import { EXIT_FAILED, EXIT_OK } from "../errors.js";
import { findProblem } from "../registry/find.js";
import type { Lang, Problem } from "../registry/load.js";
import { createJsonReporter } from "../report/json-reporter.js";
import { outputMode } from "../report/output-mode.js";
import { createPlainReporter } from "../report/plain-reporter.js";
import { runSuite, type SuiteReporter } from "../suite/run-suite.js";
import { displayPath, resolveWorkspace, solutionPath } from "../workspace/paths.js";
import type { CommandContext } from "./context.js";
import { openRegistry, requireSupportedLang } from "./open-registry.js";

export interface TestOptions {
  slugs: string[];
  all?: boolean;
  lang: Lang;
  json?: boolean;
  seed: number;
  workspace?: string;
}

export async function testCommand(options: TestOptions, ctx: CommandContext): Promise<number> {
  requireSupportedLang(options.lang);
  const registry = openRegistry(ctx);
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });

  let problems: Problem[];
  if (options.all) problems = registry.problems;
  else if (options.slugs.length) problems = [...new Set(options.slugs.map((s) => findProblem(registry, s)))];
  else problems = registry.problems.filter((p) => existsSync(solutionPath(workspace, p.slug, options.lang)));

  const mode = outputMode({ json: options.json, isTTY: !!ctx.stdout.isTTY, env: ctx.env });
  if (problems.length === 0) {
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
        ? createPlainReporter((t) => ctx.stdout.write(t))
        : (await import("../ui/render-test-run.js")).renderTestRun(ctx.stdout as NodeJS.WriteStream);

  const results = await runSuite(
    problems,
    { workspace, cwd: ctx.cwd, lang: options.lang, seed: options.seed, recordHistory: true },
    reporter,
  );
  return results.every((r) => r.status === "passed") ? EXIT_OK : EXIT_FAILED;
}
