// Testing several solutions one after another, telling a reporter as things happen.
import type { Lang, Problem } from "../registry/load.js";
import { TypeScriptAdapter } from "../runner/typescript.js";
import type { LanguageAdapter } from "../runner/types.js";
import { appendHistory, HISTORY_VERSION } from "../store/history.js";
import type { ProblemResult } from "./results.js";
import { runProblem } from "./run-problem.js";

export interface SuiteReporter {
  start(items: { slug: string; lang: Lang }[]): void;
  progress(slug: string, lang: Lang, done: number, total: number): void;
  result(result: ProblemResult, problem: Problem): void;
  finish(results: ProblemResult[], durationMs: number): Promise<void>;
}

export interface SuiteOptions {
  workspace: string;
  cwd: string;
  lang: Lang;
  seed: number;
  /** Where results are recorded; tests of the registry itself record nothing. */
  recordHistory: boolean;
}

export function createAdapter(lang: Lang, keepWarm: boolean): LanguageAdapter {
  if (lang === "ts") return new TypeScriptAdapter({ keepWarm });
  throw new Error(`no adapter for ${lang}`);
}

export async function runSuite(problems: Problem[], options: SuiteOptions, reporter: SuiteReporter): Promise<ProblemResult[]> {
  const started = performance.now();
  const adapter = createAdapter(options.lang, problems.length > 1);
  const results: ProblemResult[] = [];
  reporter.start(problems.map((p) => ({ slug: p.slug, lang: options.lang })));
  try {
    for (const problem of problems) {
      const result = await runProblem(problem, {
        workspace: options.workspace,
        cwd: options.cwd,
        lang: options.lang,
        adapter,
        seed: options.seed,
        onCase: (done, total) => reporter.progress(problem.slug, options.lang, done, total),
      });
      if (result === "cancelled") continue;
      results.push(result);
      reporter.result(result, problem);
      if (options.recordHistory && result.status !== "missing") {
        appendHistory(options.workspace, [
          {
            v: HISTORY_VERSION,
            type: "test",
            at: new Date().toISOString(),
            slug: result.slug,
            lang: result.lang,
            status: result.status,
            passed: result.cases.passed,
            total: result.cases.total,
            durationMs: Math.round(result.durationMs),
          },
        ]);
      }
    }
  } finally {
    await adapter.dispose();
  }
  await reporter.finish(results, performance.now() - started);
  return results;
}
