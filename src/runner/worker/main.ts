// The worker thread that runs one TypeScript solution. It imports the compiled file,
// calls the entry function once per case and sends back what happened. Guards turn
// process.exit/kill into errors, console output is captured (cut short), and the
// arguments it receives are its own copies (structured clones), so mutating them
// cannot touch the expected values, which never enter this thread.
import { parentPort } from "node:worker_threads";
import { format } from "node:util";
import { pathToFileURL } from "node:url";
import { OutputBuffer } from "../output-buffer.js";
import { findGc, fullCollections } from "../gc.js";
import { InvalidListError } from "../lists.js";
import { callEntry, leetcodeCall, prepareArguments, type CallSpec, type Entry } from "../call.js";
import { entryNamesWanted, LEETCODE_ENTRY } from "../leetcode-ts.js";
import { checkRequest } from "../protocol/check.js";
import type { Reply, Request, ThrownError } from "../protocol/schema.js";
import { createSpaceSampler, SPACE_STACK_MB, type SpaceRequest, type SpaceSample } from "../space-sampler.js";
import { createBatchTimer } from "../timing.js";
import { realmChange, recordRealm, type RealmRecord } from "./realm.js";

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

function send(message: Reply): void {
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
    if (error instanceof InvalidListError) send({ type: "unsendable", id, message: error.message, ms: performance.now() - start, output: output.take() });
    else send({ type: "threw", id, error: toThrown(error), ms: performance.now() - start, output: output.take() });
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

// Probes: drill's plan sends the inputs of each size, then asks for timed batches or memory
// readings on them. Arguments (trees, nodes) are built here, outside the timed call; a design
// problem's operations run inside it.
const probeInputs = new Map<number, unknown[][]>();
let timeBatch: ReturnType<typeof createBatchTimer<unknown[]>> | undefined;
let spaceSample: ((request: SpaceRequest) => SpaceSample) | undefined;

function probeCall(): (args: unknown[]) => unknown {
  return callSpec.style === "design" ? (args) => callEntry(entryFn!, callSpec, args) : (args) => entryFn!(...args);
}

function storeInputs(n: number, inputs: unknown[][], replace: boolean): void {
  if (replace) probeInputs.clear();
  probeInputs.set(n, callSpec.style === "design" ? inputs : inputs.map((raw) => prepareArguments(callSpec, raw)));
  send({ type: "inputs-ok", n });
}

function sample(message: Extract<Request, { type: "sample" }>): void {
  const inputs = probeInputs.get(message.n);
  if (!inputs) return send({ type: "sample-error", n: message.n, error: { name: "ProtocolError", message: `no inputs for n = ${message.n}` }, output: "" });
  timeBatch ??= createBatchTimer(probeCall(), findGc());
  try {
    const { seconds, mutates } = timeBatch(inputs, message);
    output.take();
    send({ type: "sampled", n: message.n, seconds, mutates });
  } catch (error) {
    send({ type: "sample-error", n: message.n, error: toThrown(error), output: output.take() });
  }
}

function sampleSpace(message: Extract<Request, { type: "space-sample" }>): void {
  const inputs = probeInputs.get(message.n);
  if (!inputs) return send({ type: "sample-error", n: message.n, error: { name: "ProtocolError", message: `no inputs for n = ${message.n}` }, output: "" });
  spaceSample ??= createSpaceSampler(probeCall(), (n) => probeInputs.get(n)![0], { gc: findGc() ?? (() => {}), stackBytes: SPACE_STACK_MB * 1024 * 1024 });
  // Every collection a full one while measuring: a young-generation collection leaves the old
  // generation's garbage (arrays outgrown by push) in its reading, and it piles up with n. Only
  // while measuring: V8's flags are the whole process's, and allocating code timed later in
  // another worker would pay a full collection for every young one (5× the time, and a gap to
  // a reference that allocates little that seems to widen).
  fullCollections(true);
  let sampled: SpaceSample;
  try {
    sampled = spaceSample(message);
  } finally {
    fullCollections(false);
  }
  const { bytes, ms, outputBytes, liveBytes, error } = sampled;
  if (error !== undefined) send({ type: "sample-error", n: message.n, error: { name: "Error", message: error }, output: output.take() });
  else send({ type: "space-sampled", n: message.n, bytes, ms, ...(outputBytes !== undefined ? { outputBytes } : {}), ...(liveBytes !== undefined ? { liveBytes } : {}) });
  output.take();
}

// Every request is checked against the protocol first: a malformed or unknown one, or one that
// needs a solution before any was loaded, gets a protocol-error naming what is wrong.
port.on("message", (raw: unknown) => {
  const checked = checkRequest(raw);
  if (!checked.ok) return send({ type: "protocol-error", message: checked.error });
  const message = checked.message;
  if (message.type !== "load" && message.type !== "recycle" && !entryFn) return send({ type: "protocol-error", message: `a ${message.type} request before a solution was loaded` });
  switch (message.type) {
    case "load":
      return void load(message.modulePath, message.entry, message.call, message.leetcodeEntry);
    case "run":
      return void run(message.id, message.args);
    case "run-batch":
      return void runBatch(message.cases);
    case "probe-inputs":
      return storeInputs(message.n, message.inputs, message.replace);
    case "sample":
      return sample(message);
    case "space-sample":
      return sampleSpace(message);
    case "recycle": {
      const reason = realmChange(realmBefore);
      return send(reason ? { type: "recyclable", ok: false, reason } : { type: "recyclable", ok: true });
    }
  }
});

/** The realm as no solution has touched it yet, for "recycle" to compare with. */
const realmBefore: RealmRecord = recordRealm();
