// drill's message protocol, defined once: the requests drill sends to what runs a solution (the
// TypeScript worker thread, or the Python harness as JSON lines), the replies that come back, and
// the Python harness's handshake. Both ends validate every message against these schemas: the
// TypeScript side with them directly, the Python harness with the JSON Schema generated from them
// (src/runner/python/drill_harness/protocol.schema.json: `npm run protocol-schema` writes it).
// User data (arguments, inputs, results) stays `unknown`: a message is checked, never its payload.
import * as z from "zod/mini";
import { callSpecSchema } from "./call-spec.js";

/** Changes whenever a message changes; the Python harness names its own in its handshake. */
export const PROTOCOL_VERSION = 3;

const count = () => z.int().check(z.nonnegative());
const message = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });

// ---- requests (drill → runtime) ----

export const requestSchemas = [
  /**
   * leetcodeEntry: the entry's LeetCode name (a method of `class Solution` in pasted Python).
   * lang: "torch" asks the Python harness for the problem's PyTorch form (`call.torch`).
   */
  message("load", {
    modulePath: z.string(),
    entry: z.string(),
    call: callSpecSchema,
    leetcodeEntry: z.optional(z.string()),
    lang: z.optional(z.literal("torch")),
  }),
  /** One case: its arguments as plain values. */
  message("run", { id: count(), args: z.array(z.unknown()) }),
  /** Cases run one after another, each answered as it finishes. */
  message("run-batch", { cases: z.array(z.strictObject({ id: count(), args: z.array(z.unknown()) })) }),
  /**
   * Probes: the inputs of size n (argument lists as generated), kept for the samples that follow;
   * `replace` drops every input kept before (so what a runtime holds, and what its collector walks,
   * does not depend on the sizes it was asked for earlier).
   */
  message("probe-inputs", { n: count(), inputs: z.array(z.array(z.unknown())), replace: z.boolean() }),
  /**
   * Probes: time one batch of calls at n, cycling through its inputs: `reps` calls, or `copiedReps`
   * when a call changes its input (each call then gets a fresh copy); `gc`: collect first.
   */
  message("sample", { n: count(), reps: count(), copiedReps: count(), gc: z.boolean() }),
  /** Space probes: extra heap of one call at n (on its first input), or the stack it needs. */
  message("space-sample", { n: count(), part: z.enum(["heap", "stack"]) }),
  /** May the runtime take another solution after this one? (Nothing it ran changed the globals or left work scheduled.) */
  message("recycle", {}),
] as const;

export const requestSchema = z.discriminatedUnion("type", requestSchemas);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request["type"];
export type LoadRequest = Extract<Request, { type: "load" }>;

// ---- replies (runtime → drill) ----

export const thrownErrorSchema = z.strictObject({ name: z.string(), message: z.string(), stack: z.optional(z.string()) });
export type ThrownError = z.infer<typeof thrownErrorSchema>;

const output = () => z.string();
const ms = () => z.number();

export const replySchemas = [
  /** leetcode: the code is written LeetCode's way (a plain function, a class Solution). */
  message("loaded", { output: output(), leetcode: z.optional(z.boolean()) }),
  /** Python only: the file does not parse (TypeScript syntax errors come from esbuild). */
  message("syntax-error", { file: z.string(), line: z.int(), column: z.int(), lineText: z.optional(z.string()), message: z.string(), output: output() }),
  message("load-error", { message: z.string(), error: z.optional(thrownErrorSchema), output: output() }),
  message("returned", { id: count(), value: z.unknown(), ms: ms(), output: output() }),
  message("threw", { id: count(), error: thrownErrorSchema, ms: ms(), output: output() }),
  /** The return value could not be sent back (a function, a class with private state…). */
  message("unsendable", { id: count(), message: z.string(), ms: ms(), output: output() }),
  message("inputs-ok", { n: count() }),
  /** seconds per call; mutates: a call changes its input (the batch used fresh copies). */
  message("sampled", { n: count(), seconds: z.number(), mutates: z.boolean() }),
  /** outputBytes, liveBytes: what the output adds to the heap, what collections during the call saw (TypeScript: see space-sampler.ts). */
  message("space-sampled", { n: count(), bytes: z.number(), ms: ms(), outputBytes: z.optional(z.number()), liveBytes: z.optional(z.number()) }),
  message("sample-error", { n: count(), error: thrownErrorSchema, output: output() }),
  /** reason: what the last solution changed that a next one would notice. */
  message("recyclable", { ok: z.boolean(), reason: z.optional(z.string()) }),
  /** The request was not understood (unknown, malformed, or one that needs a loaded solution first). */
  message("protocol-error", { message: z.string() }),
] as const;

export const replySchema = z.discriminatedUnion("type", replySchemas);
export type Reply = z.infer<typeof replySchema>;
export type ReplyType = Reply["type"];

/** The replies that answer each request (run-batch: one per case); protocol-error may answer any. */
export const ANSWERS = {
  load: ["loaded", "syntax-error", "load-error"],
  run: ["returned", "threw", "unsendable"],
  "run-batch": ["returned", "threw", "unsendable"],
  "probe-inputs": ["inputs-ok"],
  sample: ["sampled", "sample-error"],
  "space-sample": ["space-sampled", "sample-error"],
  recycle: ["recyclable"],
} as const satisfies Record<RequestType, readonly ReplyType[]>;

export type ReplyTo<T extends RequestType> = Extract<Reply, { type: (typeof ANSWERS)[T][number] }>;

// ---- the Python harness's handshake, its first line ----

/** The harness's protocol version (drill refuses another), and the numpy and torch it imported. */
export const readySchema = message("ready", { protocol: z.int(), numpy: z.nullable(z.string()), torch: z.nullable(z.string()) });
export type Ready = z.infer<typeof readySchema>;

// ---- the PyTorch fork server's channel (drill_harness/fork_server.py) ----

/** A fresh harness, to connect back to drill over this Unix socket (it then speaks the messages above). */
export const forkRequestSchema = message("fork", { socket: z.string() });
export type ForkRequest = z.infer<typeof forkRequestSchema>;

export const forkServerReplySchemas = [
  /** The server has imported what it imports up front. */
  message("ready", {}),
  message("forked", { socket: z.string(), pid: z.int().check(z.positive()) }),
  /** A forked harness ended: its exit code, or minus the signal that ended it. */
  message("exited", { pid: z.int().check(z.positive()), code: z.int() }),
  message("protocol-error", { message: z.string() }),
] as const;

export const forkServerReplySchema = z.discriminatedUnion("type", forkServerReplySchemas);
export type ForkServerReply = z.infer<typeof forkServerReplySchema>;
