// The watch session's one event loop: file saves, key presses, ticks and run results all
// become WatchEvents for the reducer; the effects it returns (run, probe, cancel, quit) are
// carried out here, and every new state is handed to the renderer.
import { basename } from "node:path";
import { probeSolution } from "../probe/run-probe.js";
import { solutionFileLang, type Lang, type Problem } from "../registry/load.js";
import { AdapterSet } from "../runner/adapters.js";
import { appendHistory, HISTORY_VERSION } from "../store/history.js";
import { updateState } from "../store/state.js";
import type { ProblemResult } from "../suite/results.js";
import { runProblem } from "../suite/run-problem.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import type { WatchEffect, WatchEvent } from "./events.js";
import { isSolutionFile, SolutionWatcher } from "./file-watcher.js";
import { itemKey } from "./keys.js";
import { reduce, type WatchItem, type WatchState } from "./session.js";

const PROGRESS_MS = 100;

export interface WatchControllerOptions {
  problems: Problem[];
  workspace: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  seed: number;
  budgetMs?: number;
  /** Only these problems (drill watch <slug>); otherwise every problem that gets a solution. */
  only?: Set<string>;
  render: (state: WatchState) => void;
  /** Called once when the session ends. */
  onQuit: () => void;
}

export function watchItem(problem: Problem, lang: Lang, workspace: string, cwd: string, exists: boolean): WatchItem {
  return {
    slug: problem.slug,
    lang,
    title: problem.meta.title.zh ? `${problem.meta.title.en} · ${problem.meta.title.zh}` : problem.meta.title.en,
    file: displayPath(solutionPath(workspace, problem.slug, lang), cwd),
    hints: problem.meta.hints.length,
    exists,
  };
}

export class WatchController {
  private state: WatchState;
  private readonly adapters: AdapterSet;
  private readonly aborts = new Map<number, AbortController>();
  private watcher?: SolutionWatcher;
  private ticker?: NodeJS.Timeout;
  private readonly bySlug: Map<string, Problem>;
  private finished = false;

  constructor(
    initial: WatchState,
    private readonly options: WatchControllerOptions,
  ) {
    this.state = initial;
    this.adapters = new AdapterSet({ keepWarm: true, env: options.env });
    this.bySlug = new Map(options.problems.map((p) => [p.slug, p]));
  }

  get current(): WatchState {
    return this.state;
  }

  start(): void {
    this.watcher = new SolutionWatcher({
      workspace: this.options.workspace,
      accepts: (path) => isSolutionFile(path) && this.itemFor(path) !== undefined,
      onChange: ({ path, exists }) => {
        const item = this.itemFor(path);
        if (item) this.dispatch({ type: "file-changed", item: { ...item, exists } });
      },
      onWorkspaceGone: () => this.dispatch({ type: "workspace-missing" }),
      onWorkspaceBack: () => this.dispatch({ type: "workspace-back" }),
    });
    this.ticker = setInterval(() => this.dispatch({ type: "tick", now: Date.now() }), 250);
    this.ticker.unref();
    this.dispatch({ type: "tick", now: Date.now() });
    // The first run (the current item) was queued by initialState; ticking schedules it.
  }

  dispatch(event: WatchEvent): void {
    if (this.finished) return;
    const [state, effects] = reduce(this.state, event);
    const hintsChanged = state.hintsShown !== this.state.hintsShown;
    this.state = state;
    if (hintsChanged) this.saveHints();
    this.options.render(state);
    for (const effect of effects) this.perform(effect);
  }

  private itemFor(path: string): WatchItem | undefined {
    const named = solutionFileLang(basename(path));
    if (!named) return undefined;
    const { slug, lang } = named;
    const problem = this.bySlug.get(slug);
    if (!problem || !problem.files.reference[lang] || (this.options.only && !this.options.only.has(slug))) return undefined;
    const known = this.state.items.find((i) => itemKey(i) === `${slug}:${lang}`);
    return known ?? watchItem(problem, lang, this.options.workspace, this.options.cwd, true);
  }

  private saveHints(): void {
    try {
      updateState(this.options.workspace, (s) => Object.assign(s.hints, this.state.hintsShown));
    } catch {
      // a read-only workspace only loses the hint count
    }
  }

  private perform(effect: WatchEffect): void {
    switch (effect.type) {
      case "run":
        void this.runItem(effect.runId, effect.slug, effect.lang, effect.probe);
        break;
      case "probe":
        void this.probeItem(effect.runId, effect.slug, effect.lang);
        break;
      case "cancel":
        this.aborts.get(effect.runId)?.abort();
        this.aborts.delete(effect.runId);
        break;
      case "quit":
        void this.stop();
        break;
    }
  }

  private async runItem(runId: number, slug: string, lang: Lang, probe: boolean): Promise<void> {
    const problem = this.bySlug.get(slug)!;
    const adapter = this.adapters.get(lang);
    if (!adapter.ok) return this.dispatch({ type: "run-failed", runId, message: adapter.message });
    const abort = new AbortController();
    this.aborts.set(runId, abort);
    const file = solutionPath(this.options.workspace, slug, lang);
    this.watcher?.seen(file);
    try {
      const result = await runProblem(problem, {
        workspace: this.options.workspace,
        cwd: this.options.cwd,
        lang,
        adapter: adapter.adapter,
        seed: this.options.seed,
        signal: abort.signal,
        onCase: (done, total) => this.progress(runId, done, total),
      });
      if (result === "cancelled" || abort.signal.aborted) return;
      this.dispatch({ type: "run-finished", runId, result });
      // After the screen shows the result: the history's fsync must not delay the frame.
      setImmediate(() => this.record(result));
      if (probe && result.status === "passed") await this.probe(runId, problem, lang, abort);
    } catch (error) {
      this.dispatch({ type: "run-failed", runId, message: `drill could not run ${slug}: ${(error as Error).message}` });
    } finally {
      this.aborts.delete(runId);
    }
  }

  /**
   * Case progress is redrawn only for runs that take a while, at most every PROGRESS_MS: a
   * quick run goes straight to its result, and redraws would only compete with it for the CPU.
   */
  private lastProgress = 0;
  private runStarted = 0;
  private progress(runId: number, done: number, total: number): void {
    const now = performance.now();
    if (done === 1) this.runStarted = now;
    if (done === total || now - this.runStarted < PROGRESS_MS || now - this.lastProgress < PROGRESS_MS) return;
    this.lastProgress = now;
    this.dispatch({ type: "case-progress", runId, done, total });
  }

  private async probeItem(runId: number, slug: string, lang: Lang): Promise<void> {
    const abort = new AbortController();
    this.aborts.set(runId, abort);
    try {
      await this.probe(runId, this.bySlug.get(slug)!, lang, abort);
    } finally {
      this.aborts.delete(runId);
    }
  }

  private async probe(runId: number, problem: Problem, lang: Lang, abort: AbortController): Promise<void> {
    const adapter = this.adapters.get(lang);
    if (!adapter.ok) return this.dispatch({ type: "run-failed", runId, message: adapter.message });
    const report = await probeSolution(problem, {
      file: solutionPath(this.options.workspace, problem.slug, lang),
      shownAs: displayPath(solutionPath(this.options.workspace, problem.slug, lang), this.options.cwd),
      lang,
      adapter: adapter.adapter,
      budgetMs: this.options.budgetMs,
      seed: this.options.seed,
      signal: abort.signal,
      onPoint: (who, n) => who === "solution" && this.dispatch({ type: "probe-point", runId, n }),
    });
    if (!abort.signal.aborted) this.dispatch({ type: "probe-finished", runId, report });
  }

  private record(result: ProblemResult): void {
    try {
      appendHistory(this.options.workspace, [
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
    } catch {
      // the workspace may have just been deleted; the run is still shown
    }
  }

  async stop(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    for (const abort of this.aborts.values()) abort.abort();
    clearInterval(this.ticker);
    await this.watcher?.close();
    await this.adapters.dispose();
    this.options.onQuit();
  }
}
