// What every Python harness looks like from drill's side, however it was started (spawned, or
// forked from a fork server): JSON lines in, JSON lines out, a "ready" line once its own imports
// are done, and a load that waits for that before the solution's import limit starts.
import { MessageRunner, type RunnerReply } from "./message-runner.js";
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from "./worker/protocol.js";

/** numpy imports in well under a second; on a loaded machine, several. */
export const PYTHON_START_LIMIT_MS = 30_000;

export interface HarnessRunnerOptions {
  /** The harness imports torch before it reads requests (PyTorch solutions). */
  torch?: boolean;
  /** How long the harness may take to start and import what it imports up front (numpy; torch). */
  startLimitMs?: number;
}

/** Non-finite floats travel as {"$float": "nan"}: JSON has no NaN. */
function revive(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && "$float" in value) {
    const text = String((value as { $float: string }).$float).toLowerCase();
    return text === "nan" ? NaN : text.startsWith("-") ? -Infinity : Infinity;
  }
  return value;
}

export abstract class HarnessRunner extends MessageRunner {
  private ready = false;
  private readonly readyWaiters: ((ready: boolean) => void)[] = [];
  protected readonly startLimitMs: number;
  protected readonly torch: boolean;

  constructor(options: HarnessRunnerOptions = {}) {
    super();
    this.torch = options.torch === true;
    this.startLimitMs = options.startLimitMs ?? PYTHON_START_LIMIT_MS;
  }

  /** One line from the harness's reply channel. */
  protected onLine(line: string): void {
    let message: FromWorker | { type: "ready"; protocol?: number; torch?: string | null };
    try {
      message = JSON.parse(line, revive);
    } catch {
      return;
    }
    if (message.type !== "ready") this.receive(message);
    else if (message.protocol !== PROTOCOL_VERSION) this.die(`runs a harness of another drill version (protocol ${message.protocol ?? 1}, drill speaks ${PROTOCOL_VERSION}): reinstall drill`);
    else this.settleReady(true);
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
  override async request(message: ToWorker, timeoutMs: number): Promise<RunnerReply> {
    if (message.type === "load" && !(await this.whenReady(this.startLimitMs)) && this.alive) {
      void this.terminate();
      const what = this.torch ? "importing torch" : "starting Python";
      return {
        type: "load-error",
        output: "",
        message: `${what} did not finish within ${this.startLimitMs / 1000} s, before your file was even read (a very busy machine, or a broken install: time \`python3 -c "import ${this.torch ? "torch" : "numpy"}"\`)`,
      };
    }
    return super.request(message, timeoutMs);
  }

  override async terminate(): Promise<void> {
    const killed = super.terminate();
    this.settleReady(false);
    await killed;
  }

  protected override die(reason: string): void {
    super.die(reason);
    this.settleReady(false);
  }
}
