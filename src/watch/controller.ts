// The watch session on the session kernel: file saves, key presses, ticks and run results all
// become WatchEvents for the reducer; what is watch's own is here — which file is which
// problem, and how its effects (run, probe, cancel, edit, save hints, quit) are carried out.
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
import { isSolutionFile } from "./file-watcher.js";
import { SessionKernel } from "./kernel.js";
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
  perform?: (effect: Fx, dispatch: (event: WatchEvent | Ev) => void) => void | Promise<void>;
  /** Opens a file in the user's editor (key e); returns what went wrong, if anything. */
  openEditor?: (file: string) => string | undefined;
  /** How long a run's content must stay unchanged before the run is recorded (ms). */
  settleMs?: number;
}

/** An editor's save can land as several writes (truncate, then write): only content that stays is recorded. */
const SETTLE_MS = 1500;

/** The effects this loop carries out itself; any other belongs to the session built on it (options.perform). */
const WATCH_EFFECTS: Record<WatchEffect["type"], true> = { run: true, probe: true, cancel: true, edit: true, "save-hints": true, quit: true };

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
  private readonly kernel: SessionKernel<S, WatchEvent | Ev, WatchEffect | Fx>;
  private readonly adapters: AdapterSet;
  private readonly aborts = new Map<number, AbortController>();
  /** Finished runs waiting for their content to settle before they are recorded. */
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; record: () => void }>();
  private readonly bySlug: Map<string, Problem>;
  private readonly folder: string;

  constructor(
    initial: S,
    private readonly options: WatchControllerOptions<S, Ev, Fx>,
  ) {
    this.folder = options.folder ?? options.workspace;
    this.adapters = new AdapterSet({ keepWarm: true, env: options.env });
    this.bySlug = new Map(options.problems.map((p) => [p.slug, p]));
    this.kernel = new SessionKernel<S, WatchEvent | Ev, WatchEffect | Fx>(initial, {
      reduce: options.reduce ?? (reduce as unknown as (state: S, event: WatchEvent | Ev) => [S, (WatchEffect | Fx)[]]),
      perform: (effect, dispatch) => (effect.type in WATCH_EFFECTS ? this.perform(effect as WatchEffect) : options.perform?.(effect as Fx, dispatch)),
      failed: (effect, error) => failedEvent(effect, error),
      render: options.render,
      files: {
        folder: this.folder,
        accepts: (path) => isSolutionFile(path) && this.itemFor(path) !== undefined,
        changed: ({ path, exists }) => {
          const item = this.itemFor(path);
          return item && { type: "file-changed", item: { ...item, exists } };
        },
        gone: () => ({ type: "workspace-missing" }),
        back: () => ({ type: "workspace-back" }),
      },
      // The first run (the current item) was queued by initialState; the first tick schedules it.
      clock: { now: Date.now, tick: (now) => ({ type: "tick", now }) },
      teardown: () => this.teardown(),
      onQuit: () => options.onQuit(),
    });
  }

  get current(): S {
    return this.kernel.current;
  }

  start(): void {
    this.kernel.start();
  }

  dispatch(event: WatchEvent | Ev): void {
    this.kernel.dispatch(event);
  }

  stop(): Promise<void> {
    return this.kernel.stop();
  }

  private itemFor(path: string): WatchItem | undefined {
    const named = solutionFileLang(basename(path));
    if (!named) return undefined;
    const { slug, lang } = named;
    const problem = this.bySlug.get(slug);
    if (!problem || !problem.files.reference[lang] || (this.options.only && !this.options.only.has(slug))) return undefined;
    const known = this.current.items.find((i) => itemKey(i) === solutionKey({ slug, lang }));
    return known ?? watchItem(problem, lang, this.folder, this.options.cwd, true);
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

  /** The watch loop's own effects; a run or a probe goes on after this returns. */
  private perform(effect: WatchEffect): Promise<void> | void {
    switch (effect.type) {
      case "run":
        return this.runItem(effect.runId, effect.slug, effect.lang, effect.probe);
      case "probe":
        return this.probeItem(effect.runId, effect.slug, effect.lang);
      case "cancel":
        this.aborts.get(effect.runId)?.abort();
        this.aborts.delete(effect.runId);
        break;
      case "quit":
        return this.stop();
      case "save-hints":
        if (this.options.persist !== false) this.save(() => updateState(this.options.workspace, (s) => Object.assign(s.hints, effect.hints)));
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
    this.kernel.seen(file);
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

  /** Once the loop has stopped: runs are cancelled, settling records written, runners closed. */
  private async teardown(): Promise<void> {
    for (const abort of this.aborts.values()) abort.abort();
    // Leaving right after a save: what is on disk now is what settled.
    for (const { timer, record } of [...this.pending.values()]) {
      clearTimeout(timer);
      record();
    }
    await this.adapters.dispose();
  }
}

/** An effect that threw is drill's own failure: a run or probe ends with it, anything else is a notice. */
function failedEvent(effect: { type: string }, error: unknown): WatchEvent {
  const why = error instanceof Error ? error.message : String(error);
  const e = effect as WatchEffect;
  if (e.type === "run" || e.type === "probe") return { type: "run-failed", runId: e.runId, message: `drill could not ${e.type} ${e.slug}: ${why}` };
  return { type: "notice", message: `drill could not ${effect.type}: ${why}` };
}
