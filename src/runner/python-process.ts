// One Python harness process running a solution, seen from drill's side. Requests go out on
// fd 3 and replies come back on fd 4, apart from the solution's own stdout/stderr. The process
// leads its own process group, so a time-out kills everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { packageRoot } from "../paths.js";
import { OutputBuffer } from "./output-buffer.js";
import type { CaseRunner, RunnerReply } from "./run-cases.js";
import type { FromWorker, ToWorker } from "./worker/protocol.js";

export const harnessScript = join(packageRoot, "src", "runner", "python", "harness.py");

/** Non-finite floats travel as {"$float": "nan"}: JSON has no NaN. */
function revive(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && "$float" in value) {
    const text = String((value as { $float: string }).$float).toLowerCase();
    return text === "nan" ? NaN : text.startsWith("-") ? -Infinity : Infinity;
  }
  return value;
}

export class PythonProcess implements CaseRunner {
  private readonly child: ChildProcess;
  private readonly toHarness: Writable;
  private pending?: { resolve: (reply: RunnerReply) => void; timer?: NodeJS.Timeout; onProgress?: (message: FromWorker) => void };
  private deadReason?: string;
  /** Whatever reaches the real stdout/stderr (C extensions, os.write): kept short, shown if it crashes. */
  private readonly stray = new OutputBuffer(2000);
  readonly ready: Promise<boolean>;

  constructor(executable: string, env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(executable, ["-u", harnessScript], {
      stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"],
      detached: true,
      env: {
        ...env,
        // Multi-threaded BLAS adds 10–40 ms spikes to small products; one thread is steadier.
        OPENBLAS_NUM_THREADS: "1",
        OMP_NUM_THREADS: "1",
        MKL_NUM_THREADS: "1",
        PYTHONDONTWRITEBYTECODE: "1",
        PYTHONIOENCODING: "utf-8",
      },
    });
    this.child.unref();
    this.toHarness = this.child.stdio[3] as Writable;
    this.toHarness.on("error", () => this.die("closed its input"));
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.on("data", (chunk: Buffer) => this.stray.write(chunk.toString()));
      (stream as Readable & { unref?: () => void }).unref?.();
    }
    const lines = createInterface({ input: this.child.stdio[4] as Readable });
    let markReady: (ok: boolean) => void = () => {};
    this.ready = new Promise((resolve) => (markReady = resolve));
    lines.on("line", (line) => {
      let message: FromWorker | { type: "ready" };
      try {
        message = JSON.parse(line, revive);
      } catch {
        return;
      }
      if (message.type === "ready") markReady(true);
      else this.settle(message);
    });
    this.child.on("error", (error) => {
      markReady(false);
      this.die(`could not start Python: ${error.message}`);
    });
    this.child.on("exit", (code, signal) => {
      markReady(false);
      const printed = this.stray.take().trim();
      this.die(`stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})${printed ? `: ${printed.split("\n").slice(-3).join(" ")}` : ""}`);
    });
  }

  get alive(): boolean {
    return this.deadReason === undefined;
  }

  request(message: ToWorker, timeoutMs: number, onProgress?: (message: FromWorker) => void): Promise<RunnerReply> {
    if (this.deadReason) return Promise.resolve({ type: "crashed", message: this.deadReason });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.settle({ type: "timeout" });
        void this.terminate();
      }, timeoutMs);
      this.pending = { resolve, timer, onProgress };
      this.toHarness.write(JSON.stringify(message) + "\n");
    });
  }

  async terminate(): Promise<void> {
    this.deadReason ??= "terminated";
    if (this.child.exitCode === null && this.child.pid) {
      try {
        process.kill(-this.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }

  private settle(reply: RunnerReply): void {
    const pending = this.pending;
    if (!pending) return;
    if (reply.type === "probe-point") {
      pending.onProgress?.(reply);
      return;
    }
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(reply);
  }

  private die(reason: string): void {
    if (this.deadReason) return;
    this.deadReason = reason;
    this.settle({ type: "crashed", message: reason });
  }
}
