// One worker thread running a TypeScript solution, seen from drill's side.
import { Worker } from "node:worker_threads";
import { workerScript } from "../paths.js";
import { SPACE_STACK_MB } from "./space-sampler.js";
import { MessageRunner } from "./message-runner.js";
import type { Request } from "./protocol/schema.js";

export const WORKER_MEMORY_MB = 512;
/** Space probes run in a worker with a small young generation: short-lived garbage is collected during the call. */
export const SPACE_YOUNG_MB = 2;

export class SolutionWorker extends MessageRunner {
  private readonly worker: Worker;
  /** The compiled files this thread has imported: importing one again would give the module it already has. */
  readonly loaded = new Set<string>();

  constructor(options: { forSpace?: boolean } = {}) {
    super();
    this.worker = new Worker(workerScript, {
      resourceLimits: {
        maxOldGenerationSizeMb: WORKER_MEMORY_MB,
        stackSizeMb: SPACE_STACK_MB,
        ...(options.forSpace ? { maxYoungGenerationSizeMb: SPACE_YOUNG_MB } : {}),
      },
      // Anything written around our console capture stays here instead of reaching drill's output.
      stdout: true,
      stderr: true,
    });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.worker.unref();
    this.worker.on("message", (message: unknown) => this.receive(message));
    this.worker.on("error", (error: Error & { code?: string }) => {
      const message =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `ran out of memory (the limit is ${WORKER_MEMORY_MB} MB)`
          : `crashed with an uncaught error: ${error.name}: ${error.message}`;
      this.die(message);
    });
    this.worker.on("exit", (code) => this.die(`stopped unexpectedly (exit code ${code})`));
  }

  protected post(message: Request): void {
    if (message.type === "load") this.loaded.add(message.modulePath);
    this.worker.postMessage(message);
  }

  protected async kill(): Promise<void> {
    await this.worker.terminate();
  }
}
