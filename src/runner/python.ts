// The Python adapter: the same cases through the Python harness, one process per run
// (kept warm ahead of the next run when asked), a fresh one after any time-out or crash.
import { accessSync, constants } from "node:fs";
import { PythonProcess } from "./python-process.js";
import { openLoaded, runCases } from "./run-cases.js";
import type { LanguageAdapter, OpenedRunner, ProbeRunnerRequest, RunOutcome, RunRequest } from "./types.js";

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

  async openProbeRunner(request: ProbeRunnerRequest): Promise<OpenedRunner> {
    try {
      accessSync(request.solutionFile, constants.R_OK);
    } catch (error) {
      return { kind: "unreadable", message: (error as Error).message };
    }
    const load = { type: "load" as const, modulePath: request.solutionFile, entry: request.entry, call: request.call, leetcodeEntry: request.leetcodeEntry };
    return openLoaded(load, this.spawn());
  }

  async dispose(): Promise<void> {
    await this.spare?.terminate();
    this.spare = undefined;
  }
}
