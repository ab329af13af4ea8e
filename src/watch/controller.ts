// The watch session's one event loop: file saves, key presses, ticks and run results all
// become WatchEvents for the reducer; the effects it returns (run, probe, cancel, quit) are
// carried out here, and every new state is handed to the renderer.
import { basename } from "node:path";
import { probeSolution } from "../probe/run-probe.js";
import { solutionFileLang, type Lang, type Problem } from "../registry/problem.js";
import { AdapterSet } from "../runner/adapters.js";
import { recordTestRun, solutionHash } from "../store/record-run.js";
import { testEntry } from "../suite/history-record.js";
import { updateState } from "../store/state.js";
import { WorkspaceWriteError } from "../workspace/write-error.js";
import type { ProblemResult } from "../suite/results.js";
import { runProblem } from "../suite/run-problem.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import type { WatchEffect, WatchEvent } from "./events.js";
import { isSolutionFile, SolutionWatcher } from "./file-watcher.js";
import { itemKey } from "./keys.js";
import { reduce, type WatchItem, type WatchState } from "./session.js";
import { solutionKey } from "../registry/solution-ref.js";

const PROGRESS_MS = 100;

export interface WatchControllerOptions<S extends WatchState = WatchState, Ev = never, Fx = never> {
  problems: Problem[];
  workspace: string;
  /** Where the solution files are (drill review: its own folder); default: the workspace. */
  folder?: string;
  /** Record runs in the history and hint counts in the workspace state (default true). */
  persist?: boolean;
  /** Probe the extra space beside the time (default false: the watch loop stays quick). */
  space?: boolean;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  seed: number;
  budgetMs?: number;
  /** Only these problems (drill watch <slug>); otherwise every problem that gets a solution. */
  only?: Set<string>;
  render: (state: S) => void;
  /** Called once when the session ends. */
  onQuit: () => void;
  /** A session built on the watch reducer (drill review); default: the watch reducer itself. */
  reduce?: (state: S, event: WatchEvent | Ev) => [S, (WatchEffect | Fx)[]];
  /** Carries out the effects the watch loop does not know. */
  perform?: (effect: Fx, dispatch: (event: WatchEvent | Ev) => void) => void;
  /** Opens a file in the user's editor (key e); returns what went wrong, if anything. */
  openEditor?: (file: string) => string | undefined;
  /** How long a run's content must stay unchanged before the run is recorded (ms). */
  settleMs?: number;
}

/** An editor's save can land as several writes (truncate, then write): only content that stays is recorded. */
const SETTLE_MS = 1500;

/** The effects this loop carries out itself; any other belongs to the session built on it (options.perform). */
const WATCH_EFFECTS: Record<WatchEffect["type"], true> = { run: true, probe: true, cancel: true, edit: true, quit: true };

export function watchItem(problem: Problem, lang: Lang, workspace: string, cwd: string, exists: boolean): WatchItem {
  return {
    slug: problem.slug,
    lang,
    title: problem.meta.title.zh ? `${problem.meta.title.en} · ${problem.meta.title.zh}` : problem.meta.title.en,
    file: displayPath(solutionPath(workspace, problem.slug, lang), cwd),
    hints: problem.meta.hints.length,
    exists,
    argNames: problem.meta.args.map((a) => a.name),
  };
}

export class WatchController<S extends WatchState = WatchState, Ev = never, Fx extends { type: string } = never> {
  private state: S;
  private readonly adapters: AdapterSet;
  private readonly aborts = new Map<number, AbortController>();
  /** Finished runs waiting for their content to settle before they are recorded. */
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; record: () => void }>();
  private watcher?: SolutionWatcher;
  private ticker?: NodeJS.Timeout;
  private readonly bySlug: Map<string, Problem>;
  private finished = false;
  private readonly folder: string;
  private readonly reducer: (state: S, event: WatchEvent | Ev) => [S, (WatchEffect | Fx)[]];

  constructor(
    initial: S,
    private readonly options: WatchControllerOptions<S, Ev, Fx>,
  ) {
    this.state = initial;
    this.folder = options.folder ?? options.workspace;
    this.reducer = options.reduce ?? (reduce as unknown as (state: S, event: WatchEvent | Ev) => [S, (WatchEffect | Fx)[]]);
    this.adapters = new AdapterSet({ keepWarm: true, env: options.env });
    this.bySlug = new Map(options.problems.map((p) => [p.slug, p]));
  }

  get current(): S {
    return this.state;
  }

  start(): void {
    this.watcher = new SolutionWatcher({
      workspace: this.folder,
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

  dispatch(event: WatchEvent | Ev): void {
    if (this.finished) return;
    const [state, effects] = this.reducer(this.state, event);
    const hintsChanged = state.hintsShown !== this.state.hintsShown;
    this.state = state;
    if (hintsChanged && this.options.persist !== false) this.saveHints();
    this.options.render(state);
    for (const effect of effects) {
      if (effect.type in WATCH_EFFECTS) this.perform(effect as WatchEffect);
      else this.options.perform?.(effect as Fx, (e) => this.dispatch(e));
    }
  }

  private itemFor(path: string): WatchItem | undefined {
    const named = solutionFileLang(basename(path));
    if (!named) return undefined;
    const { slug, lang } = named;
    const problem = this.bySlug.get(slug);
    if (!problem || !problem.files.reference[lang] || (this.options.only && !this.options.only.has(slug))) return undefined;
    const known = this.state.items.find((i) => itemKey(i) === solutionKey({ slug, lang }));
    return known ?? watchItem(problem, lang, this.folder, this.options.cwd, true);
  }

  private saveHints(): void {
    this.save(() => updateState(this.options.workspace, (s) => Object.assign(s.hints, this.state.hintsShown)));
  }

  /** The first write the workspace refuses, if any: the command reports it on the way out. */
  notSaved?: WorkspaceWriteError;

  /** A write into the workspace; a refused one is shown once and the session goes on. */
  private save(write: () => void): void {
    try {
      write();
    } catch (error) {
      if (!(error instanceof WorkspaceWriteError)) return; // the workspace may have just been deleted; the run is still shown
      if (!this.notSaved) {
        this.notSaved = error;
        this.dispatch({ type: "not-saved", message: error.line("runs and hints are not saved", displayPath(this.options.workspace, this.options.cwd)) });
      }
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
      case "edit": {
        const problem = this.options.openEditor?.(solutionPath(this.options.workspace, effect.slug, effect.lang));
        if (problem) this.dispatch({ type: "notice", message: problem });
        break;
      }
    }
  }

  private async runItem(runId: number, slug: string, lang: Lang, probe: boolean): Promise<void> {
    const problem = this.bySlug.get(slug)!;
    const adapter = this.adapters.get(lang);
    if (!adapter.ok) return this.dispatch({ type: "run-failed", runId, message: adapter.message });
    const abort = new AbortController();
    this.aborts.set(runId, abort);
    const file = solutionPath(this.folder, slug, lang);
    this.watcher?.seen(file);
    const hash = solutionHash(file);
    try {
      const result = await runProblem(problem, {
        workspace: this.folder,
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
      if (this.options.persist !== false) this.recordWhenSettled(file, hash, result);
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
      file: solutionPath(this.folder, problem.slug, lang),
      shownAs: displayPath(solutionPath(this.folder, problem.slug, lang), this.options.cwd),
      lang,
      adapter: adapter.adapter,
      budgetMs: this.options.budgetMs,
      seed: this.options.seed,
      space: this.options.space,
      spaceReference: false,
      signal: abort.signal,
      onPoint: (who, n) => who === "solution" && this.dispatch({ type: "probe-point", runId, n }),
    });
    if (!abort.signal.aborted) this.dispatch({ type: "probe-finished", runId, report });
  }

  /**
   * Records the run once its content has stayed put for a moment: a save that lands as several
   * writes, or a newer save, replaces the pending record instead of adding a failed run.
   */
  private recordWhenSettled(file: string, hash: string | null, result: ProblemResult): void {
    const key = solutionKey(result);
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous.timer);
    const record = () => {
      this.pending.delete(key);
      if (hash !== null && solutionHash(file) === hash) this.record(result, hash);
    };
    const timer = setTimeout(record, this.options.settleMs ?? SETTLE_MS);
    timer.unref();
    this.pending.set(key, { timer, record });
  }

  private record(result: ProblemResult, hash: string): void {
    this.save(() => recordTestRun(this.options.workspace, testEntry(result, hash)));
  }

  async stop(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    for (const abort of this.aborts.values()) abort.abort();
    // Leaving right after a save: what is on disk now is what settled.
    for (const { timer, record } of [...this.pending.values()]) {
      clearTimeout(timer);
      record();
    }
    clearInterval(this.ticker);
    await this.watcher?.close();
    await this.adapters.dispose();
    this.options.onQuit();
  }
}
