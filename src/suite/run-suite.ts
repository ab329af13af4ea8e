// Testing several solutions one after another, telling a reporter as things happen.
import type { Lang, Problem } from "../registry/load.js";
import { AdapterSet } from "../runner/adapters.js";
import { recordTestRun, solutionHash } from "../store/record-run.js";
import { testEntry } from "./history-record.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { WorkspaceWriteError } from "../workspace/write-error.js";
import type { ProblemResult } from "./results.js";
import { runProblem } from "./run-problem.js";
import { probeSolution } from "../probe/run-probe.js";

export interface SuiteItem {
  problem: Problem;
  lang: Lang;
}

export interface SuiteReporter {
  start(items: { slug: string; lang: Lang }[]): void;
  progress(slug: string, lang: Lang, done: number, total: number): void;
  /** The probe is timing size n. */
  probing(slug: string, lang: Lang, n: number): void;
  result(result: ProblemResult, problem: Problem): void;
  finish(results: ProblemResult[], durationMs: number, run?: SuiteEnd): Promise<void>;
}

/** How the run ended: every item, or interrupted (Ctrl-C) after some of them. */
export interface SuiteEnd {
  total: number;
  interrupted: boolean;
}

export interface SuiteOptions {
  workspace: string;
  cwd: string;
  seed: number;
  env?: NodeJS.ProcessEnv;
  /** Where results are recorded; tests of the registry itself record nothing. */
  recordHistory: boolean;
  /** The workspace refused a write (read-only): recording stops, the runs go on. */
  onNotSaved?: (error: WorkspaceWriteError) => void;
  /** Probe the complexity of every solution whose cases all pass. */
  probe: boolean;
  /** With the probe, measure the extra space too. */
  space?: boolean;
  budgetMs?: number;
  /** Ctrl-C: the running item is stopped and no other starts. */
  signal?: AbortSignal;
}

function adapterError(item: SuiteItem, options: SuiteOptions, message: string): ProblemResult {
  return {
    slug: item.problem.slug,
    lang: item.lang,
    status: "error",
    file: displayPath(solutionPath(options.workspace, item.problem.slug, item.lang), options.cwd),
    cases: { total: 0, passed: 0, failed: 0 },
    caseResults: [],
    failures: [],
    randomFailures: 0,
    error: { kind: "no-runtime", message },
    seed: options.seed,
    durationMs: 0,
    probe: null,
  };
}

export async function runSuite(items: SuiteItem[], options: SuiteOptions, reporter: SuiteReporter): Promise<ProblemResult[]> {
  const started = performance.now();
  const adapters = new AdapterSet({ keepWarm: items.length > 1, env: options.env });
  const results: ProblemResult[] = [];
  reporter.start(items.map((i) => ({ slug: i.problem.slug, lang: i.lang })));
  let record = options.recordHistory;
  try {
    for (const item of items) {
      if (options.signal?.aborted) break;
      const { problem, lang } = item;
      const adapter = adapters.get(lang);
      const hash = solutionHash(solutionPath(options.workspace, problem.slug, lang));
      const result = adapter.ok
        ? await runProblem(problem, {
            workspace: options.workspace,
            cwd: options.cwd,
            lang,
            adapter: adapter.adapter,
            seed: options.seed,
            signal: options.signal,
            onCase: (done, total) => reporter.progress(problem.slug, lang, done, total),
          })
        : adapterError(item, options, adapter.message);
      if (result === "cancelled" || options.signal?.aborted) break;
      if (options.probe && result.status === "passed" && adapter.ok) {
        result.probe = await probeSolution(problem, {
          file: solutionPath(options.workspace, problem.slug, lang),
          shownAs: result.file,
          lang,
          adapter: adapter.adapter,
          budgetMs: options.budgetMs,
          signal: options.signal,
          seed: options.seed,
          space: options.space,
          // The reference's memory only when the verdict needs it (drill probe --space charts it always).
          spaceReference: false,
          onPoint: (who, n) => who === "solution" && reporter.probing(problem.slug, lang, n),
        });
      }
      results.push(result);
      reporter.result(result, problem);
      if (record && result.status !== "missing") {
        try {
          recordTestRun(options.workspace, testEntry(result, hash));
        } catch (error) {
          if (!(error instanceof WorkspaceWriteError)) throw error;
          record = false;
          options.onNotSaved?.(error);
        }
      }
    }
  } finally {
    await adapters.dispose();
  }
  await reporter.finish(results, performance.now() - started, { total: items.length, interrupted: !!options.signal?.aborted });
  return results;
}
