// The worker thread that runs one TypeScript solution. It imports the compiled file,
// calls the entry function once per case and sends back what happened. Guards turn
// process.exit/kill into errors, console output is captured (cut short), and the
// arguments it receives are its own copies (structured clones), so mutating them
// cannot touch the expected values, which never enter this thread.
import { parentPort } from "node:worker_threads";
import { format } from "node:util";
import { pathToFileURL } from "node:url";
import { OutputBuffer } from "../output-buffer.js";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { probe } from "../../probe/engine.js";
import type { Rng } from "../../random/rng.js";
import { callEntry, leetcodeCall, prepareArguments, type CallSpec, type Entry } from "../call.js";
import { entryNamesWanted, LEETCODE_ENTRY } from "../leetcode-ts.js";
import { leetcodeProbeGenerator, outsideLeetcodeAt } from "../../registry/leetcode-bounds.js";
import type { FromWorker, ProbeRequestOptions, SpaceRequestOptions, ThrownError, ToWorker } from "./protocol.js";
import { createSpaceSampler, SPACE_STACK_MB } from "../../probe/space-sampler.js";
import { SPACE_NOISE_BYTES, spacePlan } from "../../probe/space-plan.js";
import { createRng, deriveSeed } from "../../random/rng.js";

const port = parentPort!;
process.setSourceMapsEnabled(true);

const output = new OutputBuffer();
const capture = (...args: unknown[]) => output.write(format(...args) + "\n");
for (const method of ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const) {
  (console as unknown as Record<string, unknown>)[method] = capture;
}
const captureWrite = (chunk: unknown) => {
  output.write(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString());
  return true;
};
process.stdout.write = captureWrite as typeof process.stdout.write;
process.stderr.write = captureWrite as typeof process.stderr.write;

class ProcessExitError extends Error {
  override name = "ProcessExit";
}
process.exit = ((code?: number) => {
  throw new ProcessExitError(`the solution called process.exit(${code ?? ""}); return a value instead`);
}) as typeof process.exit;
process.kill = (() => {
  throw new ProcessExitError("the solution called process.kill(); return a value instead");
}) as typeof process.kill;
process.abort = (() => {
  throw new ProcessExitError("the solution called process.abort(); return a value instead");
}) as typeof process.abort;

let entryFn: Entry | undefined;
/** The loaded code is written LeetCode's way. */
let leetcodeStyle = false;
let callSpec: CallSpec;

function send(message: FromWorker): void {
  port.postMessage(message);
}

function toThrown(error: unknown): ThrownError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "thrown value", message: format("%o", error) };
}

async function load(modulePath: string, entry: string, call: CallSpec, leetcodeName?: string): Promise<void> {
  callSpec = call;
  let mod: Record<string, unknown>;
  try {
    mod = await import(pathToFileURL(modulePath).href);
  } catch (error) {
    send({ type: "load-error", message: "importing the solution failed", error: toThrown(error), output: output.take() });
    return;
  }
  // Code pasted from LeetCode declares the entry without exporting it; compile-ts exported it for us.
  leetcodeStyle = typeof mod[entry] !== "function" && typeof mod[LEETCODE_ENTRY] === "function";
  const candidate = mod[entry] ?? mod[LEETCODE_ENTRY] ?? (leetcodeName ? mod[leetcodeName] : undefined) ?? (mod.default as { name?: string } | undefined);
  if (leetcodeStyle) callSpec = leetcodeCall(callSpec);
  if (typeof candidate !== "function") {
    const exported = Object.keys(mod).filter((k) => k !== "default" && k !== LEETCODE_ENTRY);
    send({
      type: "load-error",
      message: `the file does not export a function named ${entry}${exported.length ? ` (it exports: ${exported.join(", ")})` : " (it exports nothing)"}; drill looks for ${entryNamesWanted(entry, leetcodeName)} exported or declared as in LeetCode's editor`,
      output: output.take(),
    });
    return;
  }
  entryFn = candidate as Entry;
  send({ type: "loaded", output: output.take(), leetcode: leetcodeStyle });
}

async function run(id: number, rawArgs: unknown[]): Promise<void> {
  const start = performance.now();
  let value: unknown;
  try {
    value = callEntry(entryFn!, callSpec, rawArgs);
    if (value && typeof (value as Promise<unknown>).then === "function") value = await value;
  } catch (error) {
    send({ type: "threw", id, error: toThrown(error), ms: performance.now() - start, output: output.take() });
    return;
  }
  const ms = performance.now() - start;
  const printed = output.take();
  try {
    send({ type: "returned", id, value, ms, output: printed });
  } catch (error) {
    send({ type: "unsendable", id, message: `the returned value cannot be copied back: ${(error as Error).message}`, ms, output: printed });
  }
}

async function runBatch(cases: { id: number; args: unknown[] }[]): Promise<void> {
  for (const c of cases) await run(c.id, c.args);
}

/** A full collection before large timed samples, when V8 lets us have one. */
function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return exposed;
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return undefined;
  }
}

interface GeneratorModule {
  generate(n: number, rng: Rng): unknown[];
  probeInput?(n: number, rng: Rng): unknown[];
}

/** The probe's inputs: LeetCode-style code gets them with values inside LeetCode's ranges. */
function probeMaker(generator: GeneratorModule): (n: number, rng: Rng) => unknown[] {
  const make = generator.probeInput ?? generator.generate;
  return leetcodeStyle ? leetcodeProbeGenerator(callSpec.leetcodeBounds, callSpec.argKinds, make) : make;
}

async function runProbe(generatorPath: string, options: ProbeRequestOptions): Promise<void> {
  const generator = (await import(pathToFileURL(generatorPath).href)) as GeneratorModule;
  const make = probeMaker(generator);
  // Arguments (trees, nodes) are built outside the timed call; a design problem's operations run inside it.
  const generate =
    callSpec.style === "design"
      ? (n: number, rng: Rng) => make(n, rng)
      : (n: number, rng: Rng) => prepareArguments(callSpec, make(n, rng));
  const fn = callSpec.style === "design" ? (args: unknown[]) => callEntry(entryFn!, callSpec, args) : (args: unknown[]) => entryFn!(...args);
  const result = probe(fn, generate, {
    ...options,
    gc: findGc(),
    onPoint: (n, seconds) => send({ type: "probe-point", n, seconds }),
  });
  if (leetcodeStyle && result.error) {
    const outside = outsideLeetcodeAt(callSpec.leetcodeBounds, callSpec.argKinds, make(result.error.n, createRng(deriveSeed(options.seed, result.error.n))));
    if (outside) result.error.outsideLeetcode = outside;
  }
  send({ type: "probed", result, output: output.take() });
}

async function runSpaceProbe(generatorPath: string, options: SpaceRequestOptions): Promise<void> {
  const generator = (await import(pathToFileURL(generatorPath).href)) as GeneratorModule;
  const make = probeMaker(generator);
  const input = (n: number) => {
    const raw = make(n, createRng(deriveSeed(options.seed, n)));
    return callSpec.style === "design" ? raw : prepareArguments(callSpec, raw);
  };
  const fn = callSpec.style === "design" ? (args: unknown[]) => callEntry(entryFn!, callSpec, args) : (args: unknown[]) => entryFn!(...args);
  const gc = findGc() ?? (() => {});
  const sample = createSpaceSampler(fn, input, { gc, stackBytes: SPACE_STACK_MB * 1024 * 1024 });
  const plan = spacePlan({ ...options, noiseBytes: SPACE_NOISE_BYTES.ts });
  // Every collection a full one while measuring: a young-generation collection leaves the old
  // generation's garbage (arrays outgrown by push) in its reading, and it piles up with n.
  setFlagsFromString("--gc-global");
  let step = plan.next();
  while (!step.done) step = plan.next(sample(step.value));
  setFlagsFromString("--no-gc-global");
  send({ type: "space-probed", result: step.value, output: output.take() });
}

port.on("message", (message: ToWorker) => {
  if (message.type === "load") void load(message.modulePath, message.entry, message.call, message.leetcodeEntry);
  else if (message.type === "probe") void runProbe(message.generatorPath, message.options);
  else if (message.type === "run") void run(message.id, message.args);
  else if (message.type === "run-batch") void runBatch(message.cases);
  else if (message.type === "space-probe") void runSpaceProbe(message.generatorPath, message.options);
});
