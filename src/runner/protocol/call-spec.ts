// The call spec as a load request carries it: how a runtime builds the arguments, calls the
// entry and reads the answer back. The registry derives it from problem.json (its types live in
// src/registry/); these schemas say the same in a form both runtimes validate, and the checks at
// the end keep the two in step at compile time.
import * as z from "zod/mini";
import type { CallSpec, TorchCall } from "../../registry/call-spec.js";
import type { Kind } from "../../registry/kinds.js";
import type { LeetcodeBounds } from "../../registry/leetcode-bounds.js";

const SCALAR_KINDS = ["int", "float", "string", "bool", "tree", "node", "tensor", "any", "list", "random-list", "cycle-pos", "skip", "intersect-val"] as const;

/** An argument's or a result's kind (src/registry/kinds.ts): a scalar kind, an array of a kind, or a record of kinds. */
export const kindSchema: z.ZodMiniType<Kind> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.enum(SCALAR_KINDS) }),
    z.strictObject({ type: z.literal("array"), of: kindSchema }),
    z.strictObject({ type: z.literal("record"), fields: z.record(z.string(), kindSchema) }),
  ]),
);

const argIndex = () => z.int().check(z.nonnegative());
const conversions = () => z.record(argIndex(), z.literal("digit-strings"));

/** LeetCode's constraints compiled against the argument list; drill's side uses them, runtimes only carry them. */
const leetcodeBoundsSchema = z.strictObject({
  lengths: z.array(z.strictObject({ arg: argIndex(), name: z.string(), each: z.boolean(), min: z.number(), max: z.number() })),
  values: z.array(z.strictObject({ arg: argIndex(), name: z.string(), min: z.number(), max: z.number() })),
  distinct: z.array(z.strictObject({ arg: argIndex(), name: z.string() })),
  chars: z.array(z.strictObject({ arg: argIndex(), name: z.string(), set: z.string(), allowed: z.array(z.string()) })),
});

/** How a PyTorch solution is called (the torch runtime only). */
const torchCallSchema = z.strictObject({
  argNames: z.array(z.string()),
  module: z.optional(
    z.strictObject({
      init: z.array(z.string()),
      weights: z.record(z.string(), z.string()),
      forward: z.array(z.string()),
      backward: z.optional(z.array(z.string())),
      train: z.optional(z.string()),
      returns: z.optional(z.record(z.string(), z.string())),
    }),
  ),
  banned: z.array(z.string()),
  autograd: z.boolean(),
  dtypes: z.optional(z.record(z.string(), z.enum(["float64", "long", "bool"]))),
});

export const callSpecSchema = z.strictObject({
  argKinds: z.array(kindSchema),
  returnKind: kindSchema,
  /** "design": the entry is a class; args are [operations, argument lists], LeetCode style. */
  style: z.enum(["function", "design"]),
  /** The answer is this argument as the function left it. */
  inPlaceArg: z.optional(argIndex()),
  /** LeetCode's form of some arguments, by argument index (for code pasted from LeetCode). */
  leetcodeArgs: z.optional(conversions()),
  leetcodeBounds: z.optional(leetcodeBoundsSchema),
  /** The conversions in force (set for code written LeetCode's way). */
  convert: z.optional(conversions()),
  torch: z.optional(torchCallSchema),
});

// The registry's types and these schemas describe the same values: a change to one that the
// other does not follow stops the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: [Same<z.infer<typeof callSpecSchema>, CallSpec>, Same<z.infer<typeof torchCallSchema>, TorchCall>, Same<z.infer<typeof leetcodeBoundsSchema>, LeetcodeBounds>] = [true, true, true];
void inStep;
