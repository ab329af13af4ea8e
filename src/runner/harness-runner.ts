// What every Python harness looks like from drill's side, however it was started (spawned, or
// forked from a fork server): JSON lines in, JSON lines out, a "ready" line once its own imports
// are done, and a load that waits for that before the solution's import limit starts.
import { MessageRunner, type RunnerReply } from "./message-runner.js";
import { checkReady } from "./protocol/check.js";
import { PROTOCOL_VERSION, type Request } from "./protocol/schema.js";

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
    let message: unknown;
    try {
      message = JSON.parse(line, revive);
    } catch {
      this.breaks(`sent a line that is not JSON: ${line.slice(0, 80)}`);
      return;
    }
    const handshake = message as { type?: unknown; protocol?: unknown } | null;
    if (handshake?.type !== "ready") return this.receive(message);
    // The version first: a harness of another version may shape its handshake differently too.
    if (handshake.protocol !== PROTOCOL_VERSION) {
      this.die(`runs a harness of another drill version (protocol ${JSON.stringify(handshake.protocol ?? 1)}, drill speaks ${PROTOCOL_VERSION}): reinstall drill`);
      return;
    }
    const checked = checkReady(message);
    if (checked.ok) this.settleReady(true);
    else this.breaks(`sent a malformed handshake: ${checked.error}`);
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
  override async request<R extends Request>(message: R, timeoutMs: number): Promise<RunnerReply<R["type"]>> {
    if (message.type === "load" && !(await this.whenReady(this.startLimitMs)) && this.alive) {
      void this.terminate();
      const what = this.torch ? "importing torch" : "starting Python";
      const failed: RunnerReply<"load"> = {
        type: "load-error",
        output: "",
        message: `${what} did not finish within ${this.startLimitMs / 1000} s, before your file was even read (a very busy machine, or a broken install: time \`python3 -c "import ${this.torch ? "torch" : "numpy"}"\`)`,
      };
      return failed as RunnerReply<R["type"]>;
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
