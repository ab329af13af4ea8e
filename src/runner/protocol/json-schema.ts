// The protocol as a JSON Schema, generated from the zod schemas for the Python harness (which has
// no zod): one document whose $defs hold every request, reply and the handshake by name. It is
// committed inside the Python package; `npm run protocol-schema` writes it again, and a test fails
// when the committed file differs from what these schemas generate.
import { join } from "node:path";
import * as z from "zod/mini";
import { packageRoot } from "../../paths.js";
import { callSpecSchema, kindSchema } from "./call-spec.js";
import {
  ANSWERS,
  forkRequestSchema,
  forkServerReplySchema,
  PROTOCOL_VERSION,
  readySchema,
  replySchema,
  replySchemas,
  requestSchema,
  requestSchemas,
  thrownErrorSchema,
} from "./schema.js";

export const PROTOCOL_JSON_SCHEMA_FILE = join(packageRoot, "src", "runner", "python", "drill_harness", "protocol.schema.json");

const typeOf = (schema: (typeof requestSchemas)[number] | (typeof replySchemas)[number]) => schema.shape.type._zod.def.values[0];

/** The document, as the committed file holds it (two-space JSON, a final newline). */
export function protocolJsonSchema(): string {
  const names = z.registry<{ id: string }>();
  const named: [z.core.$ZodType, string][] = [
    [requestSchema, "request"],
    [replySchema, "reply"],
    [readySchema, "ready"],
    [forkRequestSchema, "fork"],
    [forkServerReplySchema, "forkServerReply"],
    [callSpecSchema, "callSpec"],
    [kindSchema, "kind"],
    [thrownErrorSchema, "thrownError"],
    ...[...requestSchemas, ...replySchemas].map((schema): [z.core.$ZodType, string] => [schema, typeOf(schema)]),
  ];
  for (const [schema, id] of named) names.add(schema, { id });
  const generated = z.toJSONSchema(z.union([requestSchema, replySchema, readySchema, forkRequestSchema, forkServerReplySchema]), { metadata: names }) as Record<string, unknown>;
  const { $schema, $defs, ...root } = generated;
  const document = {
    $schema,
    $comment: "Generated from src/runner/protocol/*.ts by `npm run protocol-schema`: edit those, not this file.",
    title: "drill's message protocol: a request, a reply, the Python harness's handshake, or a message of the PyTorch fork server",
    protocolVersion: PROTOCOL_VERSION,
    answers: ANSWERS,
    ...root,
    $defs,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
