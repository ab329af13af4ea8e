// Running the probe plans against a solution in another process (Python): the plans stay here,
// the process measures one size per request, and asks for each size's input the first time.
import { createRng, deriveSeed, type Rng } from "../random/rng.js";
import type { CaseRunner, RunnerReply } from "../runner/message-runner.js";
import type { ProbeOutcome, SpaceOutcome } from "../runner/types.js";
import type { ToWorker } from "../runner/worker/protocol.js";
import { probePlan, type PlanOptions } from "./plan.js";
import { toProbeResult } from "./result.js";
import { spacePlan, type SpacePlanOptions } from "./space-plan.js";

export interface RemoteOptions {
  /** Makes the arguments of one call at size n. */
  generate: (n: number, rng: Rng) => unknown[];
  seed?: number;
  /** When the whole probe must be over (the runner is killed then). */
  deadline: number;
}

/** Sends a measuring request, first handing over the input for n if the process asks for it. */
async function measure(runner: CaseRunner, message: ToWorker & { n: number }, options: RemoteOptions): Promise<RunnerReply> {
  const left = () => Math.max(1, options.deadline - Date.now());
  const reply = await runner.request(message, left());
  if (reply.type !== "need-input") return reply;
  const args = options.generate(message.n, createRng(deriveSeed(options.seed ?? 1, message.n)));
  const stored = await runner.request({ type: "probe-input", n: message.n, args }, left());
  if (stored.type !== "input-ok") return stored;
  return runner.request(message, left());
}

function failure(reply: RunnerReply, n: number): { kind: "load-error"; message: string; output: string } {
  const why = reply.type === "crashed" ? `the solution ${reply.message}` : `unexpected reply: ${reply.type}`;
  return { kind: "load-error", message: `${why} (at n = ${n})`, output: "" };
}

export async function probeRemote(runner: CaseRunner, options: RemoteOptions & PlanOptions & { onPoint?: (n: number, seconds: number) => void }): Promise<ProbeOutcome> {
  const started = performance.now();
  const points: [number, number][] = [];
  const plan = probePlan(options);
  let step = plan.next();
  while (!step.done) {
    const { n, expectedMs } = step.value;
    const reply = await measure(runner, { type: "sample", n, expectedMs }, options);
    switch (reply.type) {
      case "sampled":
        points.push([n, reply.seconds]);
        options.onPoint?.(n, reply.seconds);
        step = plan.next(reply.seconds);
        break;
      case "sample-error":
        return { kind: "probed", result: toProbeResult({ points: [], rounds: 0 }, performance.now() - started, { error: { n, message: `${reply.error.name}: ${reply.error.message}` } }) };
      case "timeout":
        return { kind: "killed", points, limitMs: Math.round(performance.now() - started) };
      default:
        return failure(reply, n);
    }
  }
  return { kind: "probed", result: toProbeResult(step.value, performance.now() - started) };
}

export async function probeSpaceRemote(runner: CaseRunner, options: RemoteOptions & SpacePlanOptions): Promise<SpaceOutcome> {
  const started = performance.now();
  const plan = spacePlan(options);
  let step = plan.next();
  while (!step.done) {
    const { n, part } = step.value;
    const reply = await measure(runner, { type: "space-sample", n, part }, options);
    if (reply.type === "space-sampled") step = plan.next({ bytes: reply.bytes, ms: reply.ms });
    else if (reply.type === "sample-error") step = plan.next({ bytes: 0, ms: 0, error: `${reply.error.name}: ${reply.error.message}` });
    else if (reply.type === "timeout") return { kind: "killed", limitMs: Math.round(performance.now() - started) };
    else return failure(reply, n);
  }
  return { kind: "measured", result: step.value };
}
