// One Python harness process running a solution, seen from drill's side. Requests go out on
// fd 3 and replies come back on fd 4, apart from the solution's own stdout/stderr. The process
// leads its own process group, so a time-out kills everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { packageRoot } from "../paths.js";
import { OutputBuffer } from "./output-buffer.js";
import { MessageRunner, type RunnerReply } from "./message-runner.js";
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

export interface PythonProcessOptions {
  env?: NodeJS.ProcessEnv;
  /** Import torch in the harness before it reads any request (PyTorch solutions). */
  torch?: boolean;
  /** How long the harness may take to start and import what it imports up front (numpy; torch). */
  startLimitMs?: number;
}

/** numpy imports in well under a second; on a loaded machine, several. */
export const PYTHON_START_LIMIT_MS = 30_000;

export class PythonProcess extends MessageRunner {
  private readonly child: ChildProcess;
  private ready = false;
  private readonly readyWaiters: ((ready: boolean) => void)[] = [];
  private readonly startLimitMs: number;
  private readonly torch: boolean;
  private readonly toHarness: Writable;
  /** Whatever reaches the real stdout/stderr (C extensions, os.write): kept short, shown if it crashes. */
  private readonly stray = new OutputBuffer(2000);

  constructor(executable: string, options: PythonProcessOptions = {}) {
    super();
    const env = options.env ?? process.env;
    this.torch = options.torch === true;
    this.startLimitMs = options.startLimitMs ?? PYTHON_START_LIMIT_MS;
    this.child = spawn(executable, ["-u", harnessScript, ...(this.torch ? ["--torch"] : [])], {
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
    lines.on("line", (line) => {
      let message: FromWorker | { type: "ready"; torch?: string | null };
      try {
        message = JSON.parse(line, revive);
      } catch {
        return;
      }
      if (message.type !== "ready") this.receive(message);
      else this.settleReady(true);
    });
    this.child.on("error", (error) => this.die(`could not start Python: ${error.message}`));
    this.child.on("exit", (code, signal) => {
      const printed = this.stray.take().trim();
      this.die(`stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})${printed ? `: ${printed.split("\n").slice(-3).join(" ")}` : ""}`);
    });
  }

  private settleReady(ready: boolean): void {
    this.ready ||= ready;
    for (const resolve of this.readyWaiters.splice(0)) resolve(ready);
  }

  /** True once the harness has its imports done; false when it died or the limit passed first. */
  private whenReady(timeoutMs: number): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    if (!this.alive) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.readyWaiters.push((ready) => {
        clearTimeout(timer);
        resolve(ready);
      });
    });
  }

  /**
   * A load waits for the harness's own imports first, under their own limit, so the solution's
   * import limit times the solution alone (torch takes seconds to import on a busy machine).
   */
  override async request(message: ToWorker, timeoutMs: number, onProgress?: (message: FromWorker) => void): Promise<RunnerReply> {
    if (message.type === "load" && !(await this.whenReady(this.startLimitMs)) && this.alive) {
      void this.terminate();
      const what = this.torch ? "importing torch" : "starting Python";
      return {
        type: "load-error",
        output: "",
        message: `${what} did not finish within ${this.startLimitMs / 1000} s, before your file was even read (a very busy machine, or a broken install: time \`python3 -c "import ${this.torch ? "torch" : "numpy"}"\`)`,
      };
    }
    return super.request(message, timeoutMs, onProgress);
  }

  protected override die(reason: string): void {
    super.die(reason);
    this.settleReady(false);
  }

  protected post(message: ToWorker): void {
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
