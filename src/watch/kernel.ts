// The loop every live session runs on (drill watch, drill review, drill mock): it holds the
// state, hands each event to the session's pure reducer, draws the new state, and carries out
// the effects the reducer returns as data. File saves and clock ticks come in as events too.
// A session says only what is its own: its reducer, how its file and clock events look, and
// how each of its effects is carried out.
import { SolutionWatcher, type SolutionFileEvent } from "./file-watcher.js";

export type Dispatch<Ev> = (event: Ev) => void;

export interface KernelOptions<S, Ev, Fx> {
  reduce: (state: S, event: Ev) => [S, Fx[]];
  /** Carries out one effect; a promise it returns is not awaited (effects run side by side). */
  perform: (effect: Fx, dispatch: Dispatch<Ev>) => void | Promise<void>;
  /** The event that tells the session an effect failed (drill's own failure): shown, and the session goes on. */
  failed: (effect: Fx, error: unknown) => Ev;
  render: (state: S) => void;
  /** Solution files to watch; a save becomes the event `changed` returns (none: ignored). */
  files?: {
    folder: string;
    accepts: (path: string) => boolean;
    changed: (event: SolutionFileEvent) => Ev | undefined;
    gone?: () => Ev;
    back?: () => Ev;
  };
  /** The clock: a tick event at the start and every `everyMs` (default 250). */
  clock?: { now: () => number; tick: (now: number) => Ev; everyMs?: number };
  /** Releases what the session holds (runs, runners, pending writes) once it has ended; the watcher closes after it. */
  teardown?: () => void | Promise<void>;
  /** Called once, after the teardown, with the last state. */
  onQuit: (state: S) => void;
}

const TICK_MS = 250;

export class SessionKernel<S, Ev, Fx> {
  private state: S;
  private watcher?: SolutionWatcher;
  private ticker?: NodeJS.Timeout;
  private finished = false;
  private stopping?: Promise<void>;

  constructor(
    initial: S,
    private readonly options: KernelOptions<S, Ev, Fx>,
  ) {
    this.state = initial;
  }

  get current(): S {
    return this.state;
  }

  /** Whether the session has ended (events are ignored from then on). */
  get stopped(): boolean {
    return this.finished;
  }

  start(): void {
    const { files, clock } = this.options;
    if (files) {
      this.watcher = new SolutionWatcher({
        workspace: files.folder,
        accepts: files.accepts,
        onChange: (change) => {
          const event = files.changed(change);
          if (event !== undefined) this.dispatch(event);
        },
        onWorkspaceGone: files.gone && (() => this.dispatch(files.gone!())),
        onWorkspaceBack: files.back && (() => this.dispatch(files.back!())),
      });
    }
    if (clock) {
      this.ticker = setInterval(() => this.dispatch(clock.tick(clock.now())), clock.everyMs ?? TICK_MS);
      this.ticker.unref();
      this.dispatch(clock.tick(clock.now()));
    }
  }

  /**
   * Reduces the event, draws the new state, then starts the effects in the order returned. An
   * event an effect dispatches at once is handled before the next effect starts, so what an
   * effect reports (a grade's due date) is in the state before a later effect (quit) ends it.
   * Once the session has ended, the effects still to come are dropped.
   */
  dispatch(event: Ev): void {
    if (this.finished) return;
    const [state, effects] = this.options.reduce(this.state, event);
    this.state = state;
    this.options.render(state);
    for (const effect of effects) {
      if (this.finished) break; // an effect after quit has no session left to act on
      this.carryOut(effect);
    }
  }

  /** Remembers the content a run is about to use, so the watcher does not report it as a save. */
  seen(path: string): void {
    this.watcher?.seen(path);
  }

  /** Stops watching files; the session goes on (drill mock once the code is handed in). */
  async stopWatching(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = undefined;
    await watcher?.close();
  }

  /** Ends the session, once: no more events, the clock stops, the teardown runs, the watcher closes, then onQuit. */
  stop(): Promise<void> {
    this.stopping ??= this.end();
    return this.stopping;
  }

  private async end(): Promise<void> {
    this.finished = true;
    clearInterval(this.ticker);
    // Nothing is left to show a failure on: a runner or a watcher that will not close does not keep the session open.
    await Promise.resolve()
      .then(() => this.options.teardown?.())
      .catch(() => undefined);
    await this.stopWatching().catch(() => undefined);
    this.options.onQuit(this.state);
  }

  private carryOut(effect: Fx): void {
    const report = (error: unknown) => this.dispatch(this.options.failed(effect, error));
    try {
      const running = this.options.perform(effect, (e) => this.dispatch(e));
      if (running) running.catch(report);
    } catch (error) {
      report(error);
    }
  }
}
