// The Python adapter: the same cases through the Python harness, one process per run
// (kept warm ahead of the next run when asked), a fresh one after any time-out or crash.
import { accessSync, constants } from "node:fs";
import { PythonProcess } from "./python-process.js";
import { importTsModule } from "./compile-ts.js";
import { LOAD_TIMEOUT_MS, runCases } from "./run-cases.js";
import { probeRemote, probeSpaceRemote } from "../probe/remote.js";
import { SPACE_NOISE_BYTES } from "../probe/space-plan.js";
import { createRng, deriveSeed, type Rng } from "../random/rng.js";
import { leetcodeProbeGenerator, outsideLeetcodeAt } from "../registry/leetcode-bounds.js";
import type { LanguageAdapter, ProbeOutcome, ProbeRunRequest, RunOutcome, RunRequest, SpaceOutcome, SpaceRunRequest } from "./types.js";

export interface PythonAdapterOptions {
  executable: string;
  keepWarm?: boolean;
  env?: NodeJS.ProcessEnv;
}

export class PythonAdapter implements LanguageAdapter {
  readonly lang = "py" as const;
  private spare?: PythonProcess;

  constructor(private readonly options: PythonAdapterOptions) {
    if (options.keepWarm) this.spare = this.spawn();
  }

  private spawn(): PythonProcess {
    return new PythonProcess(this.options.executable, this.options.env);
  }

  private take(): PythonProcess {
    const proc = this.spare?.alive ? this.spare : this.spawn();
    this.spare = this.options.keepWarm ? this.spawn() : undefined;
    return proc;
  }

  async run(request: RunRequest): Promise<RunOutcome> {
    try {
      accessSync(request.solutionFile, constants.R_OK);
    } catch (error) {
      return { kind: "unreadable", message: (error as Error).message };
    }
    const load = { type: "load" as const, modulePath: request.solutionFile, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
    return runCases(request, load, () => this.take());
  }

  async probe(request: ProbeRunRequest): Promise<ProbeOutcome> {
    return this.withLoaded(request, async (runner, generate, leetcode) => {
      const outcome = await probeRemote(runner, { ...request.options, generate, deadline: Date.now() + request.options.budgetMs + request.killAfterMs, onPoint: request.onPoint });
      const error = outcome.kind === "probed" ? outcome.result.error : undefined;
      if (leetcode && error) {
        const outside = outsideLeetcodeAt(request.call.leetcodeBounds, request.call.argKinds, generate(error.n, createRng(deriveSeed(request.options.seed ?? 1, error.n))));
        if (outside) error.outsideLeetcode = outside;
      }
      return outcome;
    });
  }

  async probeSpace(request: SpaceRunRequest): Promise<SpaceOutcome> {
    return this.withLoaded(request, (runner, generate) =>
      probeSpaceRemote(runner, { ...request.options, generate, noiseBytes: SPACE_NOISE_BYTES.py, deadline: Date.now() + request.options.budgetMs + request.killAfterMs }),
    );
  }

  /** A fresh process with the solution loaded (killed afterwards, or when the request is aborted). */
  private async withLoaded<T extends ProbeOutcome | SpaceOutcome>(
    request: ProbeRunRequest | SpaceRunRequest,
    work: (runner: PythonProcess, generate: (n: number, rng: Rng) => unknown[], leetcode: boolean) => Promise<T>,
  ): Promise<T | Extract<RunOutcome, { kind: "compile-error" | "load-error" }>> {
    const generator = await loadGeneratorFile(request.generatorFile);
    const runner = this.spawn();
    const stop = () => void runner.terminate();
    request.signal?.addEventListener("abort", stop);
    try {
      const load = { type: "load" as const, modulePath: request.solutionFile, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
      const loaded = await runner.request(load, LOAD_TIMEOUT_MS);
      if (loaded.type === "syntax-error") {
        return { kind: "compile-error", error: { file: loaded.file, line: loaded.line, column: loaded.column, lineText: loaded.lineText, message: loaded.message } };
      }
      if (loaded.type !== "loaded") return { kind: "load-error", message: loaded.type === "load-error" ? loaded.message : `could not load the solution (${loaded.type})`, output: "" };
      const make = (n: number, rng: Rng) => (generator.probeInput ?? generator.generate)(n, rng);
      // Code written LeetCode's way gets inputs of LeetCode's shape (values in its ranges).
      const leetcode = loaded.leetcode === true;
      return await work(runner, leetcode ? leetcodeProbeGenerator(request.call.leetcodeBounds, request.call.argKinds, make) : make, leetcode);
    } finally {
      request.signal?.removeEventListener("abort", stop);
      void runner.terminate();
    }
  }

  async dispose(): Promise<void> {
    await this.spare?.terminate();
    this.spare = undefined;
  }
}

interface ProbeGenerator {
  generate(n: number, rng: Rng): unknown[];
  probeInput?(n: number, rng: Rng): unknown[];
}

async function loadGeneratorFile(file: string): Promise<ProbeGenerator> {
  return importTsModule<ProbeGenerator>(file);
}
