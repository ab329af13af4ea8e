// What the worker thread and the Python process share, seen from drill's side: messages in
// order, next() with a hard time limit (the runner is killed when it passes), and a crash
// turning every wait into a "crashed" reply.
import type { FromWorker, ToWorker } from "./worker/protocol.js";

export type RunnerReply = FromWorker | { type: "timeout" } | { type: "crashed"; message: string };

/** A thread or process that runs one solution. */
export interface CaseRunner {
  readonly alive: boolean;
  send(message: ToWorker): void;
  /** The next message, or a time-out (the runner is then killed), or its crash. */
  next(timeoutMs: number): Promise<RunnerReply>;
  /** send() then next(). */
  request(message: ToWorker, timeoutMs: number): Promise<RunnerReply>;
  terminate(): Promise<void>;
}

export abstract class MessageRunner implements CaseRunner {
  private readonly inbox: FromWorker[] = [];
  private waiter?: { resolve: (reply: RunnerReply) => void; timer: NodeJS.Timeout };
  private deadReason?: string;

  protected abstract post(message: ToWorker): void;
  protected abstract kill(): Promise<void>;

  get alive(): boolean {
    return this.deadReason === undefined;
  }

  send(message: ToWorker): void {
    if (!this.deadReason) this.post(message);
  }

  next(timeoutMs: number): Promise<RunnerReply> {
    const queued = this.inbox.shift();
    if (queued) return Promise.resolve(queued);
    if (this.deadReason) return Promise.resolve({ type: "crashed", message: this.deadReason });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve({ type: "timeout" });
        void this.terminate();
      }, Math.max(1, timeoutMs));
      this.waiter = { resolve, timer };
    });
  }

  request(message: ToWorker, timeoutMs: number): Promise<RunnerReply> {
    this.send(message);
    return this.next(timeoutMs);
  }

  async terminate(): Promise<void> {
    this.deadReason ??= "terminated";
    await this.kill();
  }

  protected receive(message: FromWorker): void {
    const waiter = this.waiter;
    if (!waiter) {
      this.inbox.push(message);
      return;
    }
    this.waiter = undefined;
    clearTimeout(waiter.timer);
    waiter.resolve(message);
  }

  protected die(reason: string): void {
    if (this.deadReason) return;
    this.deadReason = reason;
    const waiter = this.waiter;
    if (!waiter) return;
    this.waiter = undefined;
    clearTimeout(waiter.timer);
    waiter.resolve({ type: "crashed", message: reason });
  }
}
