// Running the probe plan against a solution in another process (Python): the plan stays here,
// the process times one batch per request, and asks for each size's input the first time.
import { createRng, deriveSeed, type Rng } from "../random/rng.js";
import type { CaseRunner } from "../runner/run-cases.js";
import type { ProbeOutcome } from "../runner/types.js";
import { probePlan, type PlanOptions } from "./plan.js";
import { toProbeResult } from "./result.js";

export interface RemoteProbeOptions extends PlanOptions {
  /** Makes the arguments of one call at size n. */
  generate: (n: number, rng: Rng) => unknown[];
  /** When the whole probe must be over (the runner is killed then). */
  deadline: number;
  onPoint?: (n: number, seconds: number) => void;
}

export async function probeRemote(runner: CaseRunner, options: RemoteProbeOptions): Promise<ProbeOutcome> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const points: [number, number][] = [];
  const plan = probePlan(options);
  const left = () => options.deadline - Date.now();
  const killed = (): ProbeOutcome => ({ kind: "killed", points, limitMs: Math.round(performance.now() - started) });

  let step = plan.next();
  while (!step.done) {
    const { n, expectedMs } = step.value;
    let reply = await runner.request({ type: "sample", n, expectedMs }, Math.max(1, left()));
    if (reply.type === "need-input") {
      const args = options.generate(n, createRng(deriveSeed(seed, n)));
      const stored = await runner.request({ type: "probe-input", n, args }, Math.max(1, left()));
      if (stored.type !== "input-ok") return stored.type === "timeout" ? killed() : { kind: "load-error", message: `the probe's input for n = ${n} was refused: ${stored.type === "crashed" ? stored.message : stored.type}`, output: "" };
      reply = await runner.request({ type: "sample", n, expectedMs }, Math.max(1, left()));
    }
    switch (reply.type) {
      case "sampled":
        points.push([n, reply.seconds]);
        options.onPoint?.(n, reply.seconds);
        step = plan.next(reply.seconds);
        break;
      case "sample-error":
        return {
          kind: "probed",
          result: toProbeResult({ points: [], rounds: 0 }, performance.now() - started, { error: { n, message: `${reply.error.name}: ${reply.error.message}` } }),
        };
      case "timeout":
        return killed();
      case "crashed":
        return { kind: "load-error", message: `the solution ${reply.message} while being probed at n = ${n}`, output: "" };
      default:
        return { kind: "load-error", message: `unexpected reply while probing: ${reply.type}`, output: "" };
    }
  }
  return { kind: "probed", result: toProbeResult(step.value, performance.now() - started) };
}
