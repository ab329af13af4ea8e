// drill's message protocol: defined once (src/runner/protocol/), the JSON Schema the Python
// harness validates with generated from it, and every end turning a malformed or unexpected
// message into one line naming the field, instead of a crash or a hang.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MessageRunner } from "../../src/runner/message-runner.js";
import { checkForkServerReply, checkReply, checkRequest } from "../../src/runner/protocol/check.js";
import { PROTOCOL_JSON_SCHEMA_FILE, protocolJsonSchema } from "../../src/runner/protocol/json-schema.js";
import type { Request } from "../../src/runner/protocol/schema.js";
import { ForkServer } from "../../src/runner/fork-server.js";
import { PythonProcess } from "../../src/runner/python-process.js";
import { SolutionWorker } from "../../src/runner/solution-worker.js";
import { fixtureProblem, runSolutionText } from "../helpers/run-solution.js";

const call = { argKinds: [{ type: "int" as const }], returnKind: { type: "int" as const }, style: "function" as const };

describe("the protocol's JSON Schema", () => {
  it("is committed exactly as the zod schemas generate it", () => {
    const committed = readFileSync(PROTOCOL_JSON_SCHEMA_FILE, "utf8");
    expect(committed === protocolJsonSchema(), "src/runner/python/drill_harness/protocol.schema.json is stale: run `npm run protocol-schema`").toBe(true);
  });
});

describe("checking a message", () => {
  it("gives a well-formed message back as it is, without copying it", () => {
    const message = { type: "load", modulePath: "/tmp/a.ts", entry: "f", call: { ...call, leetcodeArgs: { "0": "digit-strings" } } };
    const checked = checkRequest(message);
    expect(checked.ok && checked.message).toBe(message);
  });

  it("names the field at fault, in the Python harness's words", () => {
    const cases: [unknown, string][] = [
      [{ type: "probe-inputs", n: "8", inputs: [], replace: true }, "probe-inputs.n: expected an integer, got a string"],
      [{ type: "probe-inputs", n: 8.5, inputs: [], replace: true }, "probe-inputs.n: expected an integer, got a number"],
      [{ type: "run", args: [] }, "run.id: missing"],
      [{ type: "run", id: 1, args: [], extra: 1 }, "run.extra: unexpected field"],
      [{ type: "run-batch", cases: [{ id: 1, args: [] }, { id: "2", args: [] }] }, "run-batch.cases[1].id: expected an integer, got a string"],
      [{ type: "sample", n: -1, reps: 1, copiedReps: 1, gc: false }, "sample.n: expected at least 0, got -1"],
      [{ type: "space-sample", n: 8, part: "disk" }, 'space-sample.part: expected one of "heap", "stack", got "disk"'],
      [{ type: "load", modulePath: "x.ts", entry: "f", call: { ...call, argKinds: [{ type: "array", of: { type: "number" } }] } }, 'load.call.argKinds[0].of.type: expected one of "int", "float", "string", "bool", "tree", "node", "tensor", "any", "list", "random-list", "cycle-pos", "skip", "intersect-val", "array", "record", got "number"'],
      [{ type: "compile" }, 'unknown request: "compile"'],
      [[1, 2], "unknown request: [1,2]"],
    ];
    for (const [message, error] of cases) expect(checkRequest(message)).toEqual({ ok: false, error });
    expect(checkReply({ type: "returned", id: 1, value: 3, ms: "fast", output: "" })).toEqual({ ok: false, error: "returned.ms: expected a number, got a string" });
    expect(checkReply({ type: "threw", id: 1, error: { name: "E" }, ms: 1, output: "" })).toEqual({ ok: false, error: "threw.error.message: missing" });
    expect(checkForkServerReply({ type: "forked", socket: "/tmp/a.sock" })).toEqual({ ok: false, error: "forked.pid: missing" });
  });

  it("never looks into user data, however large (a probe sends up to 32 768 values at once)", () => {
    let reads = 0;
    const values = Array.from({ length: 32_768 }, (_, i) => i);
    const watched = new Proxy(values, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const message = { type: "probe-inputs", n: 32_768, inputs: [[watched, 8192]], replace: true };
    const checked = checkRequest(message);
    expect(reads).toBe(0);
    expect(checked.ok).toBe(true);
    // Cheap enough to check every message: well under a millisecond each, even on a busy machine.
    const plain = { type: "probe-inputs", n: 32_768, inputs: Array.from({ length: 64 }, () => [values, 8192]), replace: true };
    const started = performance.now();
    for (let i = 0; i < 200; i++) checkRequest(plain);
    expect((performance.now() - started) / 200).toBeLessThan(5);
  });
});

/** A runner whose runtime answers each request with the given replies, as they are. */
class ScriptedRunner extends MessageRunner {
  constructor(private readonly answer: (request: Request) => unknown[]) {
    super();
  }

  protected post(message: Request): void {
    for (const reply of this.answer(message)) queueMicrotask(() => this.receive(reply));
  }

  protected async kill(): Promise<void> {}
}

describe("drill's side of a runner", () => {
  const run: Request = { type: "run", id: 1, args: [2] };

  it("passes on a reply that answers the request", async () => {
    const runner = new ScriptedRunner(() => [{ type: "returned", id: 1, value: [1, "a"], ms: 0.5, output: "" }]);
    expect(await runner.request(run, 10_000)).toEqual({ type: "returned", id: 1, value: [1, "a"], ms: 0.5, output: "" });
    expect(runner.alive).toBe(true);
  });

  it("stops a runner whose reply is malformed, saying which field is wrong", async () => {
    const runner = new ScriptedRunner(() => [{ type: "returned", id: 1, value: 3, ms: "fast", output: "" }]);
    expect(await runner.request(run, 10_000)).toEqual({ type: "crashed", message: "broke drill's message protocol (sent a malformed reply: returned.ms: expected a number, got a string)" });
    expect(runner.alive).toBe(false);
  });

  it("stops a runner that answers with a reply to another request, or does not understand one", async () => {
    const confused = new ScriptedRunner(() => [{ type: "inputs-ok", n: 4 }]);
    expect(await confused.request(run, 10_000)).toEqual({ type: "crashed", message: "broke drill's message protocol (answered a run request with inputs-ok)" });
    const lost = new ScriptedRunner(() => [{ type: "protocol-error", message: "run.id: missing" }]);
    expect(await lost.request(run, 10_000)).toEqual({ type: "crashed", message: "broke drill's message protocol (did not understand a run request: run.id: missing)" });
  });
});

describe("the runtimes' side", () => {
  const malformed = { type: "probe-inputs", n: 1.5, inputs: [], replace: true } as unknown as Request;

  it("the TypeScript worker answers a malformed request, or one before a load, with a protocol error", async () => {
    const worker = new SolutionWorker();
    try {
      expect(await worker.request(malformed, 30_000)).toEqual({ type: "crashed", message: "broke drill's message protocol (did not understand a probe-inputs request: probe-inputs.n: expected an integer, got a number)" });
    } finally {
      await worker.terminate();
    }
    const early = new SolutionWorker();
    try {
      const reply = await early.request({ type: "sample", n: 4, reps: 1, copiedReps: 1, gc: false }, 30_000);
      expect(reply).toEqual({ type: "crashed", message: "broke drill's message protocol (did not understand a sample request: a sample request before a solution was loaded)" });
    } finally {
      await early.terminate();
    }
  });

  it("the Python harness answers a malformed request with a protocol error naming the field", { timeout: 120_000 }, async () => {
    const harness = new PythonProcess("python3");
    try {
      expect(await harness.request(malformed, 60_000)).toEqual({ type: "crashed", message: "broke drill's message protocol (did not understand a probe-inputs request: probe-inputs.n: expected an integer, got a number)" });
    } finally {
      await harness.terminate();
    }
  });

  it("so does a harness forked by the PyTorch fork server (run here without torch)", { timeout: 120_000 }, async () => {
    const server = new ForkServer("python3", {});
    const harness = server.fork();
    try {
      expect(await harness.request(malformed, 60_000)).toEqual({ type: "crashed", message: "broke drill's message protocol (did not understand a probe-inputs request: probe-inputs.n: expected an integer, got a number)" });
    } finally {
      await harness.terminate();
      server.stop();
    }
  });

  it("a solution that posts a malformed reply itself gets a runtime error, and drill goes on", async () => {
    const source = `import { parentPort } from "node:worker_threads";
export function sumArray(nums: number[]): number {
  if (nums.length === 0) throw new RangeError("empty");
  parentPort!.postMessage({ type: "returned", id: -1 });
  return nums.reduce((a, b) => a + b, 0);
}`;
    const result = await runSolutionText(fixtureProblem("tiny-sum"), source);
    expect(result.status).toBe("failed");
    expect(result.failures[0]).toMatchObject({ status: "runtime-error", message: "the solution broke drill's message protocol (sent a malformed reply: returned.id: expected at least 0, got -1)" });
  });
});
