// How a problem's entry is called, as the registry derives it from problem.json; the runtimes
// (src/runner/) follow it.
import type { Kind } from "./kinds.js";
import type { LeetcodeBounds } from "./leetcode-bounds.js";

export interface CallSpec {
  argKinds: Kind[];
  returnKind: Kind;
  /** "design": the entry is a class; args are [operations, argument lists], LeetCode style. */
  style: "function" | "design";
  /** The answer is this argument as the function left it (the return value is ignored). */
  inPlaceArg?: number;
  /** How LeetCode's form of an argument differs, by argument index (for code pasted from LeetCode). */
  leetcodeArgs?: Record<number, LeetcodeConversion>;
  /** LeetCode's constraints on the input (the probe keeps LeetCode-style code's inputs of LeetCode's shape). */
  leetcodeBounds?: LeetcodeBounds;
  /** Conversions in force for this run (set for code written LeetCode's way). */
  convert?: Record<number, LeetcodeConversion>;
}

/** "digit-strings": a grid of 0/1 numbers becomes LeetCode's grid of "0"/"1" strings. */
export type LeetcodeConversion = "digit-strings";
