// One worker thread running a solution, seen from drill's side: request/response with a
// hard time limit (the thread is terminated when it passes) and crash detection.
import { Worker } from "node:worker_threads";
import { workerScript } from "../paths.js";
import type { CaseRunner, RunnerReply } from "./run-cases.js";
import type { FromWorker, ToWorker } from "./worker/protocol.js";

export const WORKER_MEMORY_MB = 512;

export class SolutionWorker implements CaseRunner {
  private readonly worker: Worker;
  private pending?: { resolve: (reply: RunnerReply) => void; timer: NodeJS.Timeout; onProgress?: (message: FromWorker) => void };
  private deadReason?: string;

  constructor() {
    this.worker = new Worker(workerScript, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB, stackSizeMb: 16 },
      // Anything written around our console capture stays here instead of reaching drill's output.
      stdout: true,
      stderr: true,
    });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.worker.unref();
    this.worker.on("message", (message: FromWorker) => this.settle(message));
    this.worker.on("error", (error: Error & { code?: string }) => {
      const message =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `ran out of memory (the limit is ${WORKER_MEMORY_MB} MB)`
          : `crashed with an uncaught error: ${error.name}: ${error.message}`;
      this.die(message);
    });
    this.worker.on("exit", (code) => this.die(`stopped unexpectedly (exit code ${code})`));
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
      this.worker.postMessage(message);
    });
  }

  async terminate(): Promise<void> {
    this.deadReason ??= "terminated";
    await this.worker.terminate();
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
