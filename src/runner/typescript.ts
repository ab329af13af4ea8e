// The TypeScript adapter: compile with esbuild, then run the cases in a worker thread.
import { compileTsFile } from "./compile-ts.js";
import { leetcodeWrapping } from "./leetcode-ts.js";
import { openLoaded, runCases, type CaseRunner } from "./run-cases.js";
import { SolutionWorker } from "./solution-worker.js";
import type { LanguageAdapter, OpenedRunner, ProbeRunnerRequest, RunOutcome, RunRequest } from "./types.js";

export interface TypeScriptAdapterOptions {
  /**
   * Keep one worker started ahead of the next run, and let a worker whose solution left its
   * realm as it found it run the next solution too (watch mode, multi-problem runs).
   */
  keepWarm?: boolean;
}

/** A thread runs at most this many solutions: each leaves its module behind. */
const SOLUTIONS_PER_THREAD = 50;
const RECYCLE_TIMEOUT_MS = 1000;

export class TypeScriptAdapter implements LanguageAdapter {
  readonly lang = "ts" as const;
  private spare?: SolutionWorker;
  /** The thread that ran the last solution, once it said it can take another (a thread starts in ~30 ms of CPU). */
  private recycled?: Promise<SolutionWorker | undefined>;

  constructor(private readonly options: TypeScriptAdapterOptions = {}) {
    if (options.keepWarm) this.spare = new SolutionWorker();
  }

  private takeWorker(): SolutionWorker {
    const worker = this.spare?.alive ? this.spare : new SolutionWorker();
    this.spare = this.options.keepWarm ? new SolutionWorker() : undefined;
    return worker;
  }

  /** The recycled thread, if there is one and it has not imported this file already (it would get the old module). */
  private async takeRecycled(modulePath: string): Promise<SolutionWorker | undefined> {
    const worker = await this.recycled;
    this.recycled = undefined;
    if (worker?.alive && !worker.loaded.has(modulePath) && worker.loaded.size < SOLUTIONS_PER_THREAD) return worker;
    void worker?.terminate();
    return undefined;
  }

  private release(runner: CaseRunner): void {
    if (!this.options.keepWarm || !(runner instanceof SolutionWorker)) return void runner.terminate();
    void this.recycled?.then((older) => older?.terminate());
    this.recycled = runner.request({ type: "recycle" }, RECYCLE_TIMEOUT_MS).then((reply) => {
      if (reply.type === "recyclable" && reply.ok) return runner;
      void runner.terminate();
      return undefined;
    });
  }

  async run(request: RunRequest): Promise<RunOutcome> {
    // Without a recycled thread, start one while esbuild compiles: the two overlap.
    const started = this.recycled ? undefined : this.takeWorker();
    let compiled;
    try {
      compiled = await compileTsFile(request.solutionFile, (source) => leetcodeWrapping(source, request.entry, request.leetcodeEntry));
    } catch (error) {
      void started?.terminate();
      return { kind: "unreadable", message: (error as Error).message };
    }
    if (!compiled.ok) {
      void started?.terminate();
      return { kind: "compile-error", error: compiled.error };
    }
    const first = started ?? (await this.takeRecycled(compiled.modulePath)) ?? this.takeWorker();
    let given = false;
    const load = { type: "load" as const, modulePath: compiled.modulePath, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
    return runCases(request, load, () => (given ? this.takeWorker() : ((given = true), first)), (runner) => this.release(runner));
  }

  async openProbeRunner(request: ProbeRunnerRequest): Promise<OpenedRunner> {
    // A fresh thread, not the warm spare: a probe should not inherit another run's heap.
    let compiled;
    try {
      compiled = await compileTsFile(request.solutionFile, (source) => leetcodeWrapping(source, request.entry, request.leetcodeEntry));
    } catch (error) {
      return { kind: "unreadable", message: (error as Error).message };
    }
    if (!compiled.ok) return { kind: "compile-error", error: compiled.error };
    const load = { type: "load" as const, modulePath: compiled.modulePath, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
    return openLoaded(load, new SolutionWorker({ forSpace: request.forSpace }));
  }

  async dispose(): Promise<void> {
    const recycled = await this.recycled;
    this.recycled = undefined;
    await Promise.all([this.spare?.terminate(), recycled?.terminate()]);
    this.spare = undefined;
  }
}
