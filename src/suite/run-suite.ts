// Testing several solutions, telling a reporter as things happen. Case runs of different
// solutions go in parallel (up to `jobs`); probes then run one at a time with nothing beside
// them, since timing needs a quiet core. Results reach the reporter in the order asked for.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Lang, Problem } from "../registry/problem.js";
import { AdapterSet } from "../runner/adapters.js";
import { findPython, type PythonInfo } from "../runner/python-env.js";
import { recordTestRun, solutionHash } from "../store/record-run.js";
import { testEntry } from "./history-record.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { WorkspaceWriteError } from "../workspace/write-error.js";
import type { ProblemResult } from "./results.js";
import { runProblem } from "./run-problem.js";
import { probeSolution } from "../probe/run-probe.js";
import { cacheKey, keyParts } from "./cache-key.js";
import { isCacheable, readVerdict, writeVerdict } from "./verdict-cache.js";
import { ProgressTracker, type SuiteProgress } from "./progress.js";

export type { SuiteProgress } from "./progress.js";

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
  /** The whole run: n/total, what runs now, elapsed and an estimate (called as things move). */
  overall?(progress: SuiteProgress): void;
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
  /** Reuse and save verdicts in <workspace>/.drill/cache/ (default false; drill test turns it on). */
  cache?: boolean;
  /** Case runs at once (default 1). */
  jobs?: number;
}

/** The default of --jobs: the cores available. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

interface Slot {
  item: SuiteItem;
  result?: ProblemResult;
  key?: string;
  /** Cases passed and a probe is still to run. */
  probeNext: boolean;
  adapterOk: boolean;
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
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, items.length));
  const lanes = Array.from({ length: jobs }, () => new AdapterSet({ keepWarm: items.length > 1, env: options.env }));
  const slots: Slot[] = items.map((item) => ({ item, probeNext: false, adapterOk: false }));
  const results: ProblemResult[] = [];
  const tracker = new ProgressTracker(items.length, jobs);
  const tell = () => reporter.overall?.(tracker.snapshot());
  const aborted = () => !!options.signal?.aborted;
  let record = options.recordHistory;
  let cache = !!options.cache;
  let stopped = false;
  let python: PythonInfo | null | undefined;
  const pythonInfo = () => {
    if (python === undefined) {
      const found = findPython(options.env);
      python = found.ok ? found.info : null;
    }
    return python;
  };
  const notSaved = (error: unknown) => {
    if (!(error instanceof WorkspaceWriteError)) throw error;
    if (record || cache) options.onNotSaved?.(error);
    record = false;
    cache = false;
  };

  // Reports every finished result at the head of the queue, in order.
  let reported = 0;
  const flush = () => {
    while (reported < slots.length && slots[reported].result && !slots[reported].probeNext) {
      const slot = slots[reported++];
      const result = slot.result!;
      results.push(result);
      tracker.resultReported();
      reporter.result(result, slot.item.problem);
      const hash = solutionHash(solutionPath(options.workspace, result.slug, result.lang));
      if (record && result.status !== "missing") {
        try {
          recordTestRun(options.workspace, testEntry(result, hash));
        } catch (error) {
          notSaved(error);
        }
      }
      if (cache && slot.key && !result.cached && isCacheable(result)) {
        try {
          writeVerdict(options.workspace, slot.key, result);
        } catch (error) {
          notSaved(error);
        }
      }
      tell();
    }
  };

  const runCases = async (slot: Slot, adapters: AdapterSet) => {
    const { problem, lang } = slot.item;
    const file = solutionPath(options.workspace, problem.slug, lang);
    const t0 = performance.now();
    if (options.cache) {
      let content: Buffer | null = null;
      try {
        content = readFileSync(file);
      } catch {
        // no file: nothing to cache
      }
      if (content) {
        slot.key = cacheKey(keyParts(problem, lang, content, lang === "ts" ? null : pythonInfo(), { seed: options.seed, probe: options.probe, space: options.space !== false, budgetMs: options.budgetMs }));
        const saved = readVerdict(options.workspace, problem.slug, lang, slot.key);
        if (saved) {
          slot.result = { ...saved, file: displayPath(file, options.cwd), cached: true };
          tracker.casesFinished(0, false, true);
          return;
        }
      }
    }
    tracker.running(problem.slug, lang, "cases");
    tell();
    const adapter = adapters.get(lang);
    slot.adapterOk = adapter.ok;
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
      : adapterError(slot.item, options, adapter.message);
    if (result === "cancelled" || aborted()) {
      stopped = true;
      return;
    }
    slot.probeNext = options.probe && result.status === "passed" && adapter.ok;
    slot.result = result;
    tracker.casesFinished(performance.now() - t0, slot.probeNext);
  };

  reporter.start(items.map((i) => ({ slug: i.problem.slug, lang: i.lang })));
  tell();
  try {
    // Case runs: each lane takes the next solution until none is left.
    let next = 0;
    await Promise.all(
      lanes.map(async (adapters) => {
        while (next < slots.length && !stopped && !aborted()) {
          await runCases(slots[next++], adapters);
          flush();
        }
      }),
    );
    await Promise.all(lanes.slice(1).map((l) => l.dispose()));
    // Probes: one at a time, in order, nothing else running.
    for (const slot of slots) {
      if (stopped || aborted() || !slot.result) break;
      if (!slot.probeNext) continue;
      const { problem, lang } = slot.item;
      const adapter = lanes[0].get(lang);
      if (!adapter.ok) continue;
      const t0 = performance.now();
      tracker.running(problem.slug, lang, "probing");
      tell();
      const probe = await probeSolution(problem, {
        file: solutionPath(options.workspace, problem.slug, lang),
        shownAs: slot.result.file,
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
      if (aborted()) break;
      slot.result.probe = probe;
      slot.probeNext = false;
      tracker.probeFinished(performance.now() - t0);
      flush();
    }
  } finally {
    tracker.idle();
    await lanes[0].dispose();
  }
  await reporter.finish(results, performance.now() - started, { total: items.length, interrupted: aborted() });
  return results;
}
