// The TypeScript adapter: compile with esbuild, then run the cases in a worker thread.
import { compileTsFile, type CompileError } from "./compile-ts.js";
import { leetcodeWrapping } from "./leetcode-ts.js";
import { runCases, runProbe, runSpaceProbe } from "./run-cases.js";
import { SolutionWorker } from "./solution-worker.js";
import type { LanguageAdapter, ProbeOutcome, ProbeRunRequest, RunOutcome, RunRequest, SpaceOutcome, SpaceRunRequest } from "./types.js";

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

  async probe(request: ProbeRunRequest): Promise<ProbeOutcome> {
    // A fresh thread, not the warm spare: a probe should not inherit another run's heap.
    const prepared = await this.prepareProbe(request, new SolutionWorker());
    return prepared.kind === "compile-error" ? prepared : runProbe(request, prepared.load, prepared.generatorPath, prepared.worker);
  }

  async probeSpace(request: SpaceRunRequest): Promise<SpaceOutcome> {
    const prepared = await this.prepareProbe(request, new SolutionWorker({ forSpace: true }));
    return prepared.kind === "compile-error" ? prepared : runSpaceProbe(request, prepared.load, prepared.generatorPath, prepared.worker);
  }

  /** Compiles the solution and the generator for a probe in `worker` (terminated if either fails). */
  private async prepareProbe(request: ProbeRunRequest | SpaceRunRequest, worker: SolutionWorker) {
    const [solution, generator] = await Promise.all([
      compileTsFile(request.solutionFile, (source) => leetcodeWrapping(source, request.entry, request.leetcodeEntry)),
      compileTsFile(request.generatorFile),
    ]).catch((error: Error) => {
      void worker.terminate();
      throw error;
    });
    const failed = (error: CompileError) => {
      void worker.terminate();
      return { kind: "compile-error" as const, error };
    };
    if (!solution.ok) return failed(solution.error);
    if (!generator.ok) return failed(generator.error);
    const load = { type: "load" as const, modulePath: solution.modulePath, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
    return { kind: "ready" as const, load, generatorPath: generator.modulePath, worker };
  }

  async dispose(): Promise<void> {
    await this.spare?.terminate();
    this.spare = undefined;
  }
}
