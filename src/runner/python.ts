// The Python adapter: the same cases through the Python harness, one process per run
// (kept warm ahead of the next run when asked), a fresh one after any time-out or crash.
import { accessSync, constants } from "node:fs";
import { ForkServer } from "./fork-server.js";
import type { HarnessRunner } from "./harness-runner.js";
import { PythonProcess } from "./python-process.js";
import { importTsModule } from "./compile-ts.js";
import { LOAD_TIMEOUT_MS, runCases } from "./run-cases.js";
import { probeRemote, probeSpaceRemote } from "../probe/remote.js";
import { SPACE_NOISE_BYTES } from "../probe/space-plan.js";
import type { Rng } from "../random/rng.js";
import type { Lang } from "../registry/load.js";
import type { ToWorker } from "./worker/protocol.js";
import type { LanguageAdapter, ProbeOutcome, ProbeRunRequest, RunOutcome, RunRequest, SpaceOutcome, SpaceRunRequest } from "./types.js";

export interface PythonAdapterOptions {
  executable: string;
  keepWarm?: boolean;
  env?: NodeJS.ProcessEnv;
  /** PyTorch solutions (<slug>.torch.py): torch imported by the harness up front, the problem's torch form. */
  torch?: boolean;
}

/**
 * How long a harness may take to import torch before it reads the solution: torch imports in
 * about a second on an idle machine and took 8 s on a loaded one. The solution's own import
 * keeps LOAD_TIMEOUT_MS, counted after that.
 */
export const TORCH_IMPORT_LIMIT_MS = 60_000;

/**
 * Forking a process that has torch loaded is safe on Linux; macOS's system frameworks are not
 * fork-safe once loaded, and Windows has no fork: there drill spawns a Python per run unless
 * DRILL_FORK_SERVER=1 asks for the fork server (DRILL_FORK_SERVER=0 turns it off anywhere).
 */
export function useForkServer(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (env.DRILL_FORK_SERVER === "0") return false;
  return platform === "linux" || (env.DRILL_FORK_SERVER === "1" && platform !== "win32");
}

type LoadMessage = Extract<ToWorker, { type: "load" }> & { lang?: "torch" };

export class PythonAdapter implements LanguageAdapter {
  readonly lang: Lang;
  private spare?: HarnessRunner;
  /** PyTorch: one process imports torch and forks a harness per run (see useForkServer). */
  private forkServer?: ForkServer;
  private disposed = false;

  constructor(private readonly options: PythonAdapterOptions) {
    this.lang = options.torch ? "torch" : "py";
    if (options.keepWarm) this.spare = this.spawn();
  }

  private spawn(): HarnessRunner {
    const { env, torch, executable } = this.options;
    const options = { env, torch, startLimitMs: torch ? TORCH_IMPORT_LIMIT_MS : undefined };
    if (torch && useForkServer(env ?? process.env)) {
      if (!this.disposed) this.forkServer ??= new ForkServer(executable, options);
      if (this.forkServer?.alive) return this.forkServer.fork();
    }
    return new PythonProcess(executable, options);
  }

  private loadMessage(request: RunRequest | ProbeRunRequest | SpaceRunRequest): LoadMessage {
    const load: LoadMessage = { type: "load", modulePath: request.solutionFile, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
    if (this.options.torch) {
      if (!request.call.torch) throw new Error("this problem has no PyTorch form");
      load.lang = "torch";
      load.leetcodeEntry = undefined;
    }
    return load;
  }

  private take(): HarnessRunner {
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
    return runCases(request, this.loadMessage(request), () => this.take());
  }

  async probe(request: ProbeRunRequest): Promise<ProbeOutcome> {
    return this.withLoaded(request, (runner, generate) =>
      probeRemote(runner, { ...request.options, generate, deadline: Date.now() + request.options.budgetMs + request.killAfterMs, onPoint: request.onPoint }),
    );
  }

  async probeSpace(request: SpaceRunRequest): Promise<SpaceOutcome> {
    return this.withLoaded(request, (runner, generate) =>
      probeSpaceRemote(runner, { ...request.options, generate, noiseBytes: SPACE_NOISE_BYTES[this.lang], deadline: Date.now() + request.options.budgetMs + request.killAfterMs }),
    );
  }

  /** A fresh process with the solution loaded (killed afterwards, or when the request is aborted). */
  private async withLoaded<T extends ProbeOutcome | SpaceOutcome>(
    request: ProbeRunRequest | SpaceRunRequest,
    work: (runner: HarnessRunner, generate: (n: number, rng: Rng) => unknown[]) => Promise<T>,
  ): Promise<T | Extract<RunOutcome, { kind: "compile-error" | "load-error" }>> {
    const generator = await loadGeneratorFile(request.generatorFile);
    const runner = this.spawn();
    const stop = () => void runner.terminate();
    request.signal?.addEventListener("abort", stop);
    try {
      const loaded = await runner.request(this.loadMessage(request), LOAD_TIMEOUT_MS);
      if (loaded.type === "syntax-error") {
        return { kind: "compile-error", error: { file: loaded.file, line: loaded.line, column: loaded.column, lineText: loaded.lineText, message: loaded.message } };
      }
      if (loaded.type !== "loaded") return { kind: "load-error", message: loaded.type === "load-error" ? loaded.message : `could not load the solution (${loaded.type})`, output: "" };
      return await work(runner, (n, rng) => (generator.probeInput ?? generator.generate)(n, rng));
    } finally {
      request.signal?.removeEventListener("abort", stop);
      void runner.terminate();
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.spare?.terminate();
    this.spare = undefined;
    this.forkServer?.stop();
    this.forkServer = undefined;
  }
}

interface ProbeGenerator {
  generate(n: number, rng: Rng): unknown[];
  probeInput?(n: number, rng: Rng): unknown[];
}

async function loadGeneratorFile(file: string): Promise<ProbeGenerator> {
  return importTsModule<ProbeGenerator>(file);
}
