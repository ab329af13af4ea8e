// One Python harness process running a solution, seen from drill's side. Requests go out on
// fd 3 and replies come back on fd 4, apart from the solution's own stdout/stderr. The process
// leads its own process group, so a time-out kills everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { packageRoot } from "../paths.js";
import { OutputBuffer } from "./output-buffer.js";
import { HarnessRunner, type HarnessRunnerOptions } from "./harness-runner.js";
import type { Request } from "./protocol/schema.js";

export const harnessScript = join(packageRoot, "src", "runner", "python", "harness.py");

export interface PythonProcessOptions extends HarnessRunnerOptions {
  env?: NodeJS.ProcessEnv;
}

/** The environment every harness runs in. */
export function harnessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    // Multi-threaded BLAS adds 10–40 ms spikes to small products; one thread is steadier.
    OPENBLAS_NUM_THREADS: "1",
    OMP_NUM_THREADS: "1",
    MKL_NUM_THREADS: "1",
    // glibc maps every allocation over 128 KB afresh (and unmaps it after), so numpy temporaries
    // past that size cost a page-fault storm per call and time curves jump there.
    MALLOC_MMAP_THRESHOLD_: "1073741824",
    MALLOC_TRIM_THRESHOLD_: "1073741824",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONIOENCODING: "utf-8",
  };
}

export class PythonProcess extends HarnessRunner {
  private readonly child: ChildProcess;
  private readonly toHarness: Writable;
  /** Whatever reaches the real stdout/stderr (C extensions, os.write): kept short, shown if it crashes. */
  private readonly stray = new OutputBuffer(2000);

  constructor(executable: string, options: PythonProcessOptions = {}) {
    super(options);
    this.child = spawn(executable, ["-u", harnessScript, ...(this.torch ? ["--torch"] : [])], {
      stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"],
      detached: true,
      env: harnessEnv(options.env ?? process.env),
    });
    this.child.unref();
    this.toHarness = this.child.stdio[3] as Writable;
    this.toHarness.on("error", () => this.die("closed its input"));
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.on("data", (chunk: Buffer) => this.stray.write(chunk.toString()));
      (stream as Readable & { unref?: () => void }).unref?.();
    }
    const lines = createInterface({ input: this.child.stdio[4] as Readable });
    lines.on("line", (line) => this.onLine(line));
    this.child.on("error", (error) => this.die(`could not start Python: ${error.message}`));
    this.child.on("exit", (code, signal) => {
      const printed = this.stray.take().trim();
      this.die(`stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})${printed ? `: ${printed.split("\n").slice(-3).join(" ")}` : ""}`);
    });
  }

  protected post(message: Request): void {
    this.toHarness.write(JSON.stringify(message) + "\n");
  }

  protected async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.pid) {
      try {
        process.kill(-this.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}
