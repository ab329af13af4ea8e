// Measures one labelled function's extra space in a worker set up like drill's space probe
// (small young generation), so the benchmark measures what drill measures.
import { parentPort } from "node:worker_threads";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createSpaceSampler, SPACE_STACK_MB } from "../src/runner/space-sampler.js";
import { SPACE_NOISE_BYTES, spacePlan } from "../src/probe/space-plan.js";
import { SPACE_LABELLED } from "./space-functions.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

parentPort!.on("message", ({ name, budgetMs }: { name: string; budgetMs: number }) => {
  const item = SPACE_LABELLED.find((l) => l.name === name)!;
  const started = performance.now();
  const sample = createSpaceSampler(item.fn as (input: unknown) => unknown, item.generate, { gc, stackBytes: SPACE_STACK_MB * 1024 * 1024 });
  const plan = spacePlan({ budgetMs, noiseBytes: SPACE_NOISE_BYTES.ts });
  let step = plan.next();
  while (!step.done) step = plan.next(sample(step.value));
  parentPort!.postMessage({ ...step.value, seconds: (performance.now() - started) / 1000 });
});
