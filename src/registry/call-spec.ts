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
  /** How a PyTorch solution is called (problems with a torch form; only the torch adapter uses it). */
  torch?: TorchCall;
}

export interface TorchCall {
  /** The problem's argument names, which the module expressions refer to. */
  argNames: string[];
  /** A layer: nn.Module built with init, weights loaded (parameter path → expression), called with forward. */
  module?: { init: string[]; weights: Record<string, string>; forward: string[]; backward?: string[]; train?: string; returns?: Record<string, string> };
  /** Dotted paths of the PyTorch built-ins the drill is about. */
  banned: string[];
  /** false: the backward pass is the drill, autograd is unavailable. */
  autograd: boolean;
  /** Arguments given as tensors of this dtype (labels, masks; lists of scores), where the numpy form has plain lists. */
  dtypes?: Record<string, "float64" | "long" | "bool">;
}

/** "digit-strings": a grid of 0/1 numbers becomes LeetCode's grid of "0"/"1" strings. */
export type LeetcodeConversion = "digit-strings";
