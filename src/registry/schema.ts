// The problem.json and cases.json formats, validated on load.
import { z } from "zod";
import { COMPLEXITY_CLASSES } from "./complexity.js";
import { parseKind, type KindSpec } from "./kinds.js";

export const PROBLEM_FORMAT_VERSION = 1;

const kindSpec: z.ZodType<KindSpec> = z.lazy(() => z.union([z.string(), z.record(z.string(), kindSpec)]));

const validKind = kindSpec.superRefine((spec, ctx) => {
  try {
    parseKind(spec);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a valid identifier");

const checkerSpec = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("exact") }),
  z.strictObject({
    kind: z.literal("float"),
    abs: z.number().nonnegative(),
    rel: z.number().nonnegative(),
  }),
  z.strictObject({
    kind: z.literal("unordered"),
    /** 1: the outer list may come in any order; 2: each inner list too. */
    depth: z.union([z.literal(1), z.literal(2)]).default(1),
  }),
  z.strictObject({ kind: z.literal("custom") }),
]);

export const problemSchema = z.strictObject({
  formatVersion: z.literal(PROBLEM_FORMAT_VERSION),
  title: z.strictObject({ en: z.string().min(1), zh: z.string().min(1).optional() }),
  difficulty: z.enum(["easy", "medium", "hard"]),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, "tags are lower-case words joined by -")).min(1),
  summary: z.string().min(1),
  entry: z.strictObject({ ts: identifier, py: identifier }),
  signature: z.strictObject({ ts: z.string().min(1), py: z.string().min(1) }),
  args: z.array(z.strictObject({ name: identifier, kind: validKind })).min(1),
  returns: validKind,
  checker: checkerSpec,
  complexity: z.strictObject({
    time: z.enum(COMPLEXITY_CLASSES),
    space: z.string().min(1),
    n: z.string().min(1),
  }),
  /** When the problem defines some inputs as invalid (cases with "throws": true). */
  invalidInput: z.string().min(1).optional(),
  limits: z
    .strictObject({
      caseMs: z.number().int().positive().default(2000),
      runMs: z.number().int().positive().default(20000),
    })
    .default({ caseMs: 2000, runMs: 20000 }),
  crossCheck: z
    .strictObject({
      count: z.number().int().nonnegative().default(40),
      maxN: z.number().int().positive().default(10),
    })
    .default({ count: 40, maxN: 10 }),
  hints: z.array(z.string().min(1)).min(1),
});

export type ProblemMeta = z.infer<typeof problemSchema>;
export type CheckerSpec = ProblemMeta["checker"];

export const caseSchema = z
  .strictObject({
    name: z.string().min(1),
    args: z.array(z.unknown()),
    expected: z.unknown().optional(),
    /** The input is invalid: the solution must throw (RangeError in TypeScript, ValueError in Python). */
    throws: z.literal(true).optional(),
    /** Which mistake this case catches; shown when it fails. */
    why: z.string().optional(),
  })
  .refine((c) => (c.throws === true) !== ("expected" in c), {
    message: 'a case has either "expected" or "throws": true, not both and not neither',
  });

export const casesFileSchema = z.strictObject({
  formatVersion: z.literal(PROBLEM_FORMAT_VERSION),
  cases: z.array(caseSchema).min(1),
});

export type FixedCase = z.infer<typeof caseSchema>;

/** "checker.kind: Invalid input" — the field path and zod's message, for error lines that name the field. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join(".") : "(top level)";
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more`);
  return lines.join("; ");
}
