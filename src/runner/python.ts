// The Python adapter: the same cases through the Python harness, one fresh process per run
// (forked from a process that has numpy, or torch, imported already; or spawned, kept warm
// ahead of the next run when asked), a fresh one after any time-out or crash.
import { accessSync, constants } from "node:fs";
import { ForkServer } from "./fork-server.js";
import type { HarnessRunner } from "./harness-runner.js";
import { PythonProcess } from "./python-process.js";
import { openLoaded, runCases } from "./run-cases.js";
import type { Lang } from "../registry/problem.js";
import type { LoadRequest } from "./protocol/schema.js";
import type { LanguageAdapter, OpenedRunner, ProbeRunnerRequest, RunOutcome, RunRequest } from "./types.js";

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
 * Forking a process that has numpy or torch loaded is safe on Linux; macOS's system frameworks are not
 * fork-safe once loaded, and Windows has no fork: there drill spawns a Python per run unless
 * DRILL_FORK_SERVER=1 asks for the fork server (DRILL_FORK_SERVER=0 turns it off anywhere).
 */
export function useForkServer(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (env.DRILL_FORK_SERVER === "0") return false;
  return platform === "linux" || (env.DRILL_FORK_SERVER === "1" && platform !== "win32");
}

export class PythonAdapter implements LanguageAdapter {
  readonly lang: Lang;
  private spare?: HarnessRunner;
  /** One process imports numpy (and torch) and forks a harness per run (see useForkServer). */
  private forkServer?: ForkServer;
  private disposed = false;

  constructor(private readonly options: PythonAdapterOptions) {
    this.lang = options.torch ? "torch" : "py";
    if (options.keepWarm) this.spare = this.spawn();
  }

  private spawn(): HarnessRunner {
    const { env, torch, executable } = this.options;
    const options = { env, torch, startLimitMs: torch ? TORCH_IMPORT_LIMIT_MS : undefined };
    if (useForkServer(env ?? process.env)) {
      if (!this.disposed) this.forkServer ??= new ForkServer(executable, options);
      if (this.forkServer?.alive) return this.forkServer.fork();
    }
    return new PythonProcess(executable, options);
  }

  private loadMessage(request: RunRequest | ProbeRunnerRequest): LoadRequest {
    const load: LoadRequest = { type: "load", modulePath: request.solutionFile, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
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

  async openProbeRunner(request: ProbeRunnerRequest): Promise<OpenedRunner> {
    try {
      accessSync(request.solutionFile, constants.R_OK);
    } catch (error) {
      return { kind: "unreadable", message: (error as Error).message };
    }
    return openLoaded(this.loadMessage(request), this.spawn());
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.spare?.terminate();
    this.spare = undefined;
    this.forkServer?.stop();
    this.forkServer = undefined;
  }
}
