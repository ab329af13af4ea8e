// The TypeScript adapter: compile with esbuild, then run the cases in a worker thread.
import { compileTsFile } from "./compile-ts.js";
import { leetcodeWrapping } from "./leetcode-ts.js";
import { openLoaded, runCases } from "./run-cases.js";
import { SolutionWorker } from "./solution-worker.js";
import type { LanguageAdapter, OpenedRunner, ProbeRunnerRequest, RunOutcome, RunRequest } from "./types.js";

export interface TypeScriptAdapterOptions {
  /** Keep one worker started ahead of the next run (watch mode, multi-problem runs). */
  keepWarm?: boolean;
}

export class TypeScriptAdapter implements LanguageAdapter {
  readonly lang = "ts" as const;
  private spare?: SolutionWorker;

  constructor(private readonly options: TypeScriptAdapterOptions = {}) {
    if (options.keepWarm) this.spare = new SolutionWorker();
  }

  private takeWorker(): SolutionWorker {
    const worker = this.spare?.alive ? this.spare : new SolutionWorker();
    this.spare = this.options.keepWarm ? new SolutionWorker() : undefined;
    return worker;
  }

  async run(request: RunRequest): Promise<RunOutcome> {
    // Start the thread while esbuild compiles: the two overlap.
    const first = this.takeWorker();
    let compiled;
    try {
      compiled = await compileTsFile(request.solutionFile, (source) => leetcodeWrapping(source, request.entry, request.leetcodeEntry));
    } catch (error) {
      void first.terminate();
      return { kind: "unreadable", message: (error as Error).message };
    }
    if (!compiled.ok) {
      void first.terminate();
      return { kind: "compile-error", error: compiled.error };
    }
    let given = false;
    const load = { type: "load" as const, modulePath: compiled.modulePath, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
    return runCases(request, load, () => (given ? this.takeWorker() : ((given = true), first)));
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
    await this.spare?.terminate();
    this.spare = undefined;
  }
}
