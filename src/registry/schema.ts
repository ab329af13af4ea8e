// The problem.json and cases.json formats, validated on load. zod/mini keeps the CLI's
// start-up small (the full zod build with every locale is ~750 kB to parse).
import en from "zod/v4/locales/en.js";
import * as z from "zod/mini";
import { COMPLEXITY_CLASSES, type ComplexityClass } from "./complexity.js";
import { sizeValueError } from "./complexity-expression.js";
import { parseKind, type KindSpec } from "./kinds.js";

z.config(en());

export const PROBLEM_FORMAT_VERSION = 1;

const nonEmpty = () => z.string().check(z.minLength(1));
const identifier = () => z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a valid identifier"));
const positiveInt = () => z.int().check(z.positive());

const kindSpec: z.ZodMiniType<KindSpec> = z.lazy(() => z.union([z.string(), z.record(z.string(), kindSpec)]));

const validKind = kindSpec.check(
  z.superRefine((spec, ctx) => {
    try {
      parseKind(spec);
    } catch (error) {
      ctx.issues.push({ code: "custom", message: (error as Error).message, input: spec });
    }
  }),
);

const classPair = () => z.strictObject({ time: z.enum(COMPLEXITY_CLASSES), space: z.enum(COMPLEXITY_CLASSES) });

/**
 * The reference solution's own classes: what it truly costs, read from its code (not the target it
 * is judged against). Per language where the languages differ (numpy turns loops into calls).
 */
const referenceClasses = z.union([
  classPair(),
  z.strictObject({ ts: classPair(), py: classPair(), torch: z.optional(classPair()) }),
]);

const range = () => z.tuple([z.number(), z.number()]);
/**
 * The complexity probe's smallest and largest n, and the smallest n its inputs allow when that
 * is below minN (code too heavy to climb far from minN is measured from there up; default minN).
 */
const probeSizes = { minN: z.optional(positiveInt()), maxN: z.optional(positiveInt()), floorN: z.optional(positiveInt()) };

/**
 * LeetCode's statement bounds, per argument: `lengths` bounds an array's or a string's length
 * (a tree's node count, a grid's rows; `"grid[i]"` every row's length, `"strs[i]"` every
 * string's), `values` bounds a number or every number inside the argument, `distinct` names
 * arguments whose values all differ, `chars` gives the characters an argument's strings may
 * hold ("a-z"). `text` is the constraint list in words, as drill shows it.
 */
const leetcodeConstraints = z.strictObject({
  text: z.array(nonEmpty()).check(z.minLength(1)),
  lengths: z.optional(z.record(z.string(), range())),
  values: z.optional(z.record(z.string(), range())),
  distinct: z.optional(z.array(z.string())),
  chars: z.optional(z.record(z.string(), nonEmpty())),
});

const checkerSpec = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("exact") }),
  z.strictObject({
    kind: z.literal("float"),
    abs: z.number().check(z.nonnegative()),
    rel: z.number().check(z.nonnegative()),
  }),
  z.strictObject({
    kind: z.literal("unordered"),
    /** 1: the outer list may come in any order; 2: each inner list too. */
    depth: z._default(z.union([z.literal(1), z.literal(2)]), 1),
  }),
  z.strictObject({ kind: z.literal("custom") }),
]);

/**
 * The PyTorch form of an ML problem (solutions in <slug>.torch.py). A layer is an nn.Module:
 * drill builds it with `init`, loads each case's weights into it (`weights`: parameter path →
 * where the value comes from, `.T` for drill's row-vector matrices in nn.Linear's layout) and
 * calls it with `forward`. Expressions name an argument, a record field, and optionally
 * `.shape[i]` or `.T`: `x.shape[-1]`, `p.wq.T`, `numHeads`. A `*` in a parameter path stands for
 * every layer of a stack (an nn.ModuleList): `"blocks.*.attn.q_proj.weight": "p.wq.T"` loads layer
 * l's slice of the stacked `p.wq` (its first axis) into `blocks.l.attn.q_proj.weight`.
 */
const torchSpec = z.strictObject({
  entry: identifier(),
  signature: nonEmpty(),
  module: z.optional(
    z.strictObject({
      init: z.array(nonEmpty()),
      weights: z.record(z.string(), nonEmpty()),
      forward: z.array(nonEmpty()),
      /** Backward-pass layers: backward(...)'s arguments; it returns the input's gradient and fills the parameters' .grad. */
      backward: z.optional(z.array(nonEmpty())),
      /** The argument that says training (true) or evaluation mode: layer.train(it); evaluation mode without it. */
      train: z.optional(nonEmpty()),
      /**
       * A record result built from the layer: "output" (forward's), "backward" (its return),
       * "grad:<parameter>" (the parameter's .grad after backward), "buffer:<name>" (a buffer such as
       * batch norm's running_mean, as the call left it), "trainable-parameters".
       */
      returns: z.optional(z.record(z.string(), z.string().check(z.regex(/^(output|backward|trainable-parameters|(grad|buffer):[A-Za-z_][\w.]*)$/, "output, backward, grad:<parameter>, buffer:<name> or trainable-parameters")))),
    }),
  ),
  /** PyTorch built-ins that do what the drill asks (dotted paths); calling one is a verdict that names it. */
  banned: z.optional(z.array(z.string().check(z.regex(/^torch(\.[A-Za-z_][A-Za-z0-9_]*)+$/, "a dotted path starting with torch.")))),
  /** false: the drill is the backward pass; the solution runs without autograd. */
  autograd: z.optional(z.boolean()),
  /** Arguments that arrive as integer or boolean tensors (labels, masks); other tensors are float64. */
  dtypes: z.optional(z.record(z.string(), z.enum(["float64", "long", "bool"]))),
});

export const problemSchema = z.strictObject({
  formatVersion: z.literal(PROBLEM_FORMAT_VERSION),
  title: z.strictObject({ en: nonEmpty(), zh: z.optional(nonEmpty()) }),
  difficulty: z.enum(["easy", "medium", "hard"]),
  tags: z.array(z.string().check(z.regex(/^[a-z0-9-]+$/, "tags are lower-case words joined by -"))).check(z.minLength(1)),
  summary: nonEmpty(),
  entry: z.strictObject({ ts: identifier(), py: identifier() }),
  signature: z.strictObject({ ts: nonEmpty(), py: nonEmpty() }),
  args: z.array(z.strictObject({ name: identifier(), kind: validKind })).check(z.minLength(1)),
  returns: validKind,
  checker: checkerSpec,
  complexity: z.strictObject({
    time: z.enum(COMPLEXITY_CLASSES),
    space: nonEmpty(),
    /** The extra space (beyond input and output) interviewers accept, graded by the space probe. */
    spaceTarget: z.optional(z.enum(COMPLEXITY_CLASSES)),
    /** The better answer they ask for next, when there is one (two rows instead of the table). */
    spaceBetter: z.optional(z.enum(COMPLEXITY_CLASSES)),
    n: nonEmpty(),
    /**
     * The problem's other sizes and how they relate to n, as an answer may name them:
     * { "k": "n/4" }, { "V": "n", "E": "2n" }, { "coins": "1" } (fixed). A single letter not named here counts as n.
     */
    variables: z.optional(
      z.record(
        identifier(),
        nonEmpty().check(
          z.superRefine((value, ctx) => {
            const error = sizeValueError(value);
            if (error) ctx.issues.push({ code: "custom", message: `cannot read "${value}" as a size in n: ${error}`, input: value });
          }),
        ),
      ),
    ),
  }),
  /** The reference solution's true time and extra-space classes, in terms of the probe's n. */
  reference: z.optional(referenceClasses),
  /** Limits for the complexity probe's sizes (generator's n); a language's own (py also for torch) over the shared ones. */
  probe: z.optional(
    z.strictObject({
      ...probeSizes,
      ts: z.optional(z.strictObject(probeSizes)),
      py: z.optional(z.strictObject(probeSizes)),
      /**
       * Where what a solution holds (a stack, a queue) moves into its output as it goes, the
       * memory beside the output cannot show it: the space probe names no class below `upTo`.
       */
      hiddenByOutput: z.optional(z.strictObject({ upTo: z.enum(COMPLEXITY_CLASSES), why: nonEmpty() })),
    }),
  ),
  /** When the problem defines some inputs as invalid (cases with "throws": true). */
  invalidInput: z.optional(nonEmpty()),
  /** The LeetCode problem this is, when it is one: `drill new 239` finds it. */
  leetcode: z.optional(
    z.strictObject({
      id: positiveInt(),
      title: nonEmpty(),
      /** Arguments LeetCode gives in another form, converted for code pasted from LeetCode. */
      args: z.optional(z.record(z.string(), z.enum(["digit-strings"]))),
      /** LeetCode's names for the entry when they differ from drill's (merge-intervals: `merge`). */
      entry: z.optional(z.strictObject({ ts: z.optional(identifier()), py: z.optional(identifier()) })),
      /** LeetCode's bounds on the input, in drill's argument names: code written for LeetCode is judged inside them. */
      constraints: z.optional(leetcodeConstraints),
    }),
  ),
  /** A LeetCode "design" problem: the entry is a class, args are [operations, argument lists]. */
  design: z.optional(z.boolean()),
  /** The answer is this argument after the call (in-place problems such as rotating a matrix). */
  inPlaceArg: z.optional(z.int().check(z.nonnegative())),
  limits: z._default(
    z.strictObject({
      caseMs: z._default(positiveInt(), 2000),
      runMs: z._default(positiveInt(), 20000),
    }),
    { caseMs: 2000, runMs: 20000 },
  ),
  crossCheck: z._default(
    z.strictObject({
      count: z._default(z.int().check(z.nonnegative()), 40),
      maxN: z._default(positiveInt(), 10),
    }),
    { count: 40, maxN: 10 },
  ),
  hints: z.array(nonEmpty()).check(z.minLength(1)),
  torch: z.optional(torchSpec),
});

export type ProblemMeta = z.infer<typeof problemSchema>;
export type TorchSpec = NonNullable<ProblemMeta["torch"]>;
export type ReferenceClasses = NonNullable<ProblemMeta["reference"]>;
export type ClassPair = { time: ComplexityClass; space: ComplexityClass };


export const caseSchema = z
  .strictObject({
    name: nonEmpty(),
    args: z.array(z.unknown()),
    expected: z.optional(z.unknown()),
    /** The input is invalid: the solution must throw (RangeError in TypeScript, ValueError in Python). */
    throws: z.optional(z.literal(true)),
    /** Which mistake this case catches; shown when it fails. */
    why: z.optional(z.string()),
  })
  .check(
    z.refine((c) => (c.throws === true) !== ("expected" in c), {
      message: 'a case has either "expected" or "throws": true, not both and not neither',
    }),
  );

export const casesFileSchema = z.strictObject({
  formatVersion: z.literal(PROBLEM_FORMAT_VERSION),
  cases: z.array(caseSchema).check(z.minLength(1)),
});

export type FixedCase = z.infer<typeof caseSchema>;

/** "checker.kind: Invalid input" — the field path and zod's message, for error lines that name the field. */
export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join(".") : "(top level)";
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more`);
  return lines.join("; ");
}
