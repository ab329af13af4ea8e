// What the worker thread and the Python process share, seen from drill's side: messages in
// order, next() with a hard time limit (the runner is killed when it passes), and a crash
// turning every wait into a "crashed" reply. Every reply is checked against the protocol's
// schema, and must be one that answers the request waited on: anything else (a malformed reply,
// a protocol-error, a reply to another request) stops the runner with one line saying what was
// wrong, so callers only ever see the replies their request allows, a time-out or a crash.
import { checkReply } from "./protocol/check.js";
import { ANSWERS, type Reply, type ReplyTo, type Request, type RequestType } from "./protocol/schema.js";

/** The runner did not answer: it ran out of time (and was killed), or it stopped. */
export type Stopped = { type: "timeout" } | { type: "crashed"; message: string };

/** What waiting for an answer to a request of type T gives. */
export type RunnerReply<T extends RequestType = RequestType> = ReplyTo<T> | Stopped;

/** A thread or process that runs one solution. */
export interface CaseRunner {
  readonly alive: boolean;
  send(message: Request): void;
  /** The next reply, which answers a request of type `answering`; or a time-out (the runner is then killed), or its crash. */
  next<T extends RequestType>(answering: T, timeoutMs: number): Promise<RunnerReply<T>>;
  /** send() then next(). */
  request<R extends Request>(message: R, timeoutMs: number): Promise<RunnerReply<R["type"]>>;
  terminate(): Promise<void>;
}

export abstract class MessageRunner implements CaseRunner {
  private readonly inbox: Reply[] = [];
  private waiter?: { resolve: (reply: Reply | Stopped) => void; timer: NodeJS.Timeout };
  private deadReason?: string;

  protected abstract post(message: Request): void;
  protected abstract kill(): Promise<void>;

  get alive(): boolean {
    return this.deadReason === undefined;
  }

  send(message: Request): void {
    if (!this.deadReason) this.post(message);
  }

  async next<T extends RequestType>(answering: T, timeoutMs: number): Promise<RunnerReply<T>> {
    const reply = await this.nextReply(timeoutMs);
    if (reply.type === "timeout" || reply.type === "crashed") return reply;
    if ((ANSWERS[answering] as readonly string[]).includes(reply.type)) return reply as ReplyTo<T>;
    const wrong = reply.type === "protocol-error" ? `did not understand a ${answering} request: ${reply.message}` : `answered a ${answering} request with ${reply.type}`;
    return { type: "crashed", message: this.breaks(wrong) };
  }

  private nextReply(timeoutMs: number): Promise<Reply | Stopped> {
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

  request<R extends Request>(message: R, timeoutMs: number): Promise<RunnerReply<R["type"]>> {
    this.send(message);
    return this.next<R["type"]>(message.type, timeoutMs);
  }

  async terminate(): Promise<void> {
    this.deadReason ??= "terminated";
    await this.kill();
  }

  /** One message from the runner, checked against the protocol before anyone sees it. */
  protected receive(message: unknown): void {
    const checked = checkReply(message);
    if (!checked.ok) {
      this.breaks(`sent a malformed reply: ${checked.error}`);
      return;
    }
    const waiter = this.waiter;
    if (!waiter) {
      this.inbox.push(checked.message);
      return;
    }
    this.waiter = undefined;
    clearTimeout(waiter.timer);
    waiter.resolve(checked.message);
  }

  /** The runner broke the protocol: it is stopped (nothing it says can be trusted after that); returns why. */
  protected breaks(what: string): string {
    const reason = `broke drill's message protocol (${what})`;
    this.die(reason);
    void this.terminate();
    return this.deadReason ?? reason;
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
