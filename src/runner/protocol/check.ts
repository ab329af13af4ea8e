// Every message checked against the protocol's schemas on arrival: a well-formed one comes back
// as it is (never copied: probe inputs are large), anything else as one line naming the field at
// fault, worded as the Python harness words its own ("probe-inputs.n: expected an integer, got a
// string"), so a message from another version of drill, or a stray one, never crashes or hangs
// the side that reads it.
import * as z from "zod/mini";
import {
  forkServerReplySchema,
  forkServerReplySchemas,
  readySchema,
  replySchema,
  replySchemas,
  requestSchema,
  requestSchemas,
  type ForkServerReply,
  type Ready,
  type Reply,
  type Request,
} from "./schema.js";

export type Checked<T> = { ok: true; message: T } | { ok: false; error: string };

type Issue = z.core.$ZodIssue;

const KIND_OF_VALUE: Record<string, string> = {
  number: "a number",
  int: "an integer",
  string: "a string",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
  record: "an object",
  null: "null",
};

/** The value's JSON type, as both ends name it. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "object") return "an object";
  if (typeof value === "string" || typeof value === "boolean") return `a ${typeof value}`;
  return String(typeof value);
}

/** `cases[2].id`: the path of a field, as both ends write it. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) here = here !== null && typeof here === "object" ? (here as Record<PropertyKey, unknown>)[key] : undefined;
  return here;
}

const show = (value: unknown) => JSON.stringify(value) ?? String(value);
const oneOf = (values: readonly unknown[]) => (values.length === 1 ? show(values[0]) : `one of ${values.map(show).join(", ")}`);

/**
 * zod reports a non-number given to an integer field as expecting a "number"; the error map sees
 * the field's schema, so the message can say "an integer", as the JSON Schema (and Python) does.
 */
const INTEGER = "int";
const errorMap = (issue: z.core.$ZodRawIssue): string | undefined =>
  issue.code === "invalid_type" && issue.expected === "number" && String((issue.inst as { _zod: { def?: { format?: unknown } } } | undefined)?._zod.def?.format ?? "").includes("int") ? INTEGER : undefined;

/** One issue as "<type><path>: what is wrong". */
function describe(type: string, issue: Issue, message: unknown): string {
  if (issue.code === "unrecognized_keys") return `${type}${fieldPath([...issue.path, issue.keys[0]])}: unexpected field`;
  const value = at(message, issue.path);
  const where = `${type}${fieldPath(issue.path)}`;
  if (value === undefined) return `${where}: missing`;
  const count = issue.code === "too_small" || issue.code === "too_big" ? (issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : "") : "";
  const got = count && (Array.isArray(value) || typeof value === "string") ? String(value.length) : show(value);
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.message === INTEGER ? "int" : issue.expected;
      return `${where}: expected ${KIND_OF_VALUE[expected] ?? expected}, got ${typeOf(value)}`;
    }
    case "invalid_value":
      return `${where}: expected ${oneOf(issue.values)}, got ${show(value)}`;
    case "invalid_union":
      // A discriminated union whose discriminator matched none of its options (a kind's "type").
      if (issue.discriminator !== undefined && "options" in issue) return `${where}: expected ${oneOf(issue.options ?? [])}, got ${show(value)}`;
      return `${where}: matches none of the forms allowed there`;
    case "too_small":
      return `${where}: expected ${issue.inclusive === false ? "more than" : "at least"} ${String(issue.minimum)}${count}, got ${got}`;
    case "too_big":
      return `${where}: expected ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}${count}, got ${got}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function check<T>(schema: z.ZodMiniType<T>, what: string, known: ReadonlySet<string>, message: unknown): Checked<T> {
  const type = message !== null && typeof message === "object" && !Array.isArray(message) ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== "string" || !known.has(type)) {
    return { ok: false, error: `unknown ${what}: ${type === undefined ? show(message)?.slice(0, 80) : show(type)}` };
  }
  if (z.validate(schema, message)) return { ok: true, message: message as T };
  const result = schema.safeParse(message, { error: errorMap });
  if (result.success) return { ok: true, message: message as T };
  return { ok: false, error: describe(type, result.error.issues[0], message) };
}

const typesOf = (schemas: readonly { shape: { type: { _zod: { def: { values: readonly unknown[] } } } } }[]) => new Set(schemas.map((s) => String(s.shape.type._zod.def.values[0])));
const REQUEST_TYPES = typesOf(requestSchemas);
const REPLY_TYPES = typesOf(replySchemas);
const FORK_SERVER_REPLY_TYPES = typesOf(forkServerReplySchemas);

/** A request as the worker (or a test) receives it. */
export const checkRequest = (message: unknown): Checked<Request> => check(requestSchema, "request", REQUEST_TYPES, message);

/** A reply as drill's side receives it. */
export const checkReply = (message: unknown): Checked<Reply> => check(replySchema, "reply", REPLY_TYPES, message);

/** The Python harness's handshake. */
export const checkReady = (message: unknown): Checked<Ready> => check(readySchema, "handshake", new Set(["ready"]), message);

/** What the PyTorch fork server says. */
export const checkForkServerReply = (message: unknown): Checked<ForkServerReply> => check(forkServerReplySchema, "fork server reply", FORK_SERVER_REPLY_TYPES, message);
