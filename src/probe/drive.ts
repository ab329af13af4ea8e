// The one probe loop, in drill's own process, for every language: the plans decide what to
// measure, inputs are made here from the problem's generator, and a runner (a worker thread or
// a Python process with the solution loaded) only runs and times what it is sent.
import type { CaseRunner, Stopped } from "../runner/message-runner.js";
import { createRng, deriveSeed } from "../random/rng.js";
import { batchSize, makeVariants, type Generate } from "./batch-rules.js";
import { probePlan, type PlanOptions, type PlanResult, type Who } from "./plan.js";
import { spacePlan, type SpacePlanOptions, type SpaceResult } from "./space-plan.js";

export interface DriveOptions {
  /** A fresh runner in place of one stopped on a runaway batch (time probes); without it, that stops the probe. */
  reopen?: (who: Who) => Promise<CaseRunner | undefined>;
  /** Makes the arguments of one call at size n. */
  generate: Generate<unknown[]>;
  seed?: number;
  /** When the whole probe must be over: a runner still busy then is stopped. */
  deadline: number;
  signal?: AbortSignal;
}

/** A call that threw while being measured: the probe stops there. */
export interface DriveError {
  who: Who;
  n: number;
  message: string;
}

export interface TimeDrive {
  plan: PlanResult;
  error?: DriveError;
  /** A runner that stopped (killed at the deadline, crashed): why. */
  stopped?: string;
  elapsedMs: number;
}

/** Inputs are sent to a runner once per size; the same inputs go to the solution and the reference. */
class InputCache {
  private readonly made = new Map<number, unknown[][]>();
  private readonly sent = new WeakMap<CaseRunner, Set<number>>();

  constructor(private readonly options: DriveOptions) {}

  private inputs(n: number, many: boolean): unknown[][] {
    const key = many ? n : -n;
    let list = this.made.get(key);
    if (!list) {
      const seed = this.options.seed ?? 1;
      list = many ? makeVariants(this.options.generate, n, seed) : [this.options.generate(n, createRng(deriveSeed(seed, n * 1031)))];
      this.made.set(key, list);
    }
    return list;
  }

  /**
   * Sends the inputs of n unless the runner has them (the first of the variants alone, unless
   * `many`); returns why the runner did not take them (stopped at the deadline, or crashed).
   */
  async ensure(runner: CaseRunner, n: number, many = false): Promise<Stopped | null> {
    const key = many ? n : -n;
    let sent = this.sent.get(runner);
    if (!sent) this.sent.set(runner, (sent = new Set()));
    if (sent.has(key)) return null;
    // One input at a time replaces what the runtime holds (the ladder, the space probe); the
    // grid's inputs are kept together, the same sizes in every runtime.
    const replace = !many;
    const reply = await runner.request({ type: "probe-inputs", n, inputs: this.inputs(n, many), replace }, timeLeft(this.options));
    if (reply.type !== "inputs-ok") return reply;
    if (replace) sent.clear();
    sent.add(key);
    sent.delete(-key);
    return null;
  }
}

const timeLeft = (options: DriveOptions) => Math.max(1, options.deadline - Date.now());

function describeStop(reply: Stopped, who: Who, n: number): string {
  const whose = who === "solution" ? "the solution" : "the reference";
  if (reply.type === "timeout") return `${whose} was stopped at n = ${n.toLocaleString("en")}: the probe's time ran out`;
  return `${whose} ${reply.message} (at n = ${n.toLocaleString("en")})`;
}

/** Times the solution (and the reference beside it, size by size) as the plan asks. */
export async function driveTimeProbe(
  runners: { solution: CaseRunner; reference?: CaseRunner },
  options: DriveOptions & PlanOptions & { onPoint?: (who: Who, n: number, seconds: number) => void },
): Promise<TimeDrive> {
  const started = performance.now();
  const cache = new InputCache(options);
  const plan = probePlan({ ...options, withReference: options.withReference ?? runners.reference !== undefined });
  let step = plan.next();
  let error: DriveError | undefined;
  let stopped: string | undefined;
  while (!step.done) {
    const { who, n, expectedMs, phase } = step.value;
    const runner = runners[who];
    let seconds: number | null = null;
    if (runner && !options.signal?.aborted) {
      const failed = await cache.ensure(runner, n, phase === "grid");
      const limited = step.value.limitMs !== undefined && options.reopen !== undefined && step.value.limitMs < timeLeft(options);
      const reply = failed ?? (await runner.request({ type: "sample", n, ...batchSize(expectedMs) }, limited ? step.value.limitMs! : timeLeft(options)));
      if (reply.type === "sampled") {
        seconds = reply.seconds;
        options.onPoint?.(who, n, seconds);
      } else if (reply.type === "sample-error") {
        error = { who, n, message: `${reply.error.name}: ${reply.error.message}` };
        if (who === "solution") break;
      } else if (limited && reply.type === "timeout") {
        // A runaway batch on the ladder: a fresh runner, and the plan climbs no further.
        const fresh = await options.reopen!(who);
        if (fresh) runners[who] = fresh;
        else stopped ??= describeStop(reply, who, n);
      } else if (who === "solution" || reply.type !== "timeout") {
        stopped ??= describeStop(reply, who, n);
      }
    }
    step = plan.next(seconds);
  }
  const result = step.done ? step.value : { points: [], reference: null, rounds: 0 };
  return { plan: result, ...(error ? { error } : {}), ...(stopped ? { stopped } : {}), elapsedMs: performance.now() - started };
}

export type SpaceDrive = { result: SpaceResult; stopped?: string };

/** Measures one runner's extra memory as the space plan asks. */
export async function driveSpaceProbe(runner: CaseRunner, options: DriveOptions & SpacePlanOptions): Promise<SpaceDrive> {
  const cache = new InputCache(options);
  const plan = spacePlan(options);
  let stopped: string | undefined;
  let step = plan.next();
  while (!step.done) {
    const { n, part } = step.value;
    if (options.signal?.aborted) return { result: { measured: null, points: [], note: "cancelled" }, stopped: "cancelled" };
    const reply = (await cache.ensure(runner, n)) ?? (await runner.request({ type: "space-sample", n, part }, timeLeft(options)));
    if (reply.type === "space-sampled") {
      const { bytes, ms, outputBytes, liveBytes } = reply;
      step = plan.next({ bytes, ms, ...(outputBytes !== undefined ? { outputBytes } : {}), ...(liveBytes !== undefined ? { liveBytes } : {}) });
    } else if (reply.type === "sample-error") step = plan.next({ bytes: 0, ms: 0, error: `${reply.error.name}: ${reply.error.message}` });
    else {
      // Stopped at the deadline (or crashed): the plan judges what was measured until then.
      stopped ??= describeStop(reply, "solution", n);
      step = plan.next({ bytes: 0, ms: 0, timedOut: true });
    }
  }
  return { result: step.value, ...(stopped ? { stopped } : {}) };
}
