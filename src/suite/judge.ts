// One case's raw outcome + its expectation → a verdict.
import type { Checker } from "../checker/types.js";
import { checkKind, type Kind } from "../registry/kinds.js";
import type { Lang } from "../registry/problem.js";
import type { CaseOutcome } from "../runner/types.js";
import { formatValue } from "../shared/format-value.js";
import type { CaseGroup, CaseResult } from "./results.js";

/** The error a solution must throw for input the problem defines as invalid. */
export const INVALID_INPUT_ERROR: Record<Lang, string> = { ts: "RangeError", py: "ValueError", torch: "ValueError" };

export interface CaseSpec {
  name: string;
  group: CaseGroup;
  args: unknown[];
  expected?: unknown;
  throws?: boolean;
  why?: string;
  n?: number;
  line?: number;
}

export interface JudgeContext {
  lang: Lang;
  returnKind: Kind;
  checker: Checker;
  /** What the problem calls invalid input, for messages. */
  invalidInput?: string;
  /** Turns a raw stack into the frames of the user's file. */
  trimStack: (stack: string | undefined) => string | undefined;
}

/** JavaScript reports a stack overflow as a RangeError: it must not count as rejecting invalid input. */
function isStackOverflow(name: string, message: string): boolean {
  return (name === "RangeError" && /Maximum call stack size exceeded/.test(message)) || name === "RecursionError";
}

export function judgeCase(spec: CaseSpec, outcome: CaseOutcome, ctx: JudgeContext): CaseResult {
  const base: CaseResult = {
    name: spec.name,
    group: spec.group,
    status: "passed",
    ms: outcome.ms,
    args: spec.args,
    expected: spec.expected,
    throws: spec.throws,
    why: spec.why,
    output: outcome.output || undefined,
    n: spec.n,
    line: spec.line,
  };
  const wantError = INVALID_INPUT_ERROR[ctx.lang];
  const invalid = ctx.invalidInput ? ` (${ctx.invalidInput})` : "";

  switch (outcome.status) {
    case "skipped":
      return { ...base, status: "skipped", message: outcome.reason };
    case "timeout":
      return { ...base, status: "timeout", message: `no answer within ${outcome.limitMs} ms: an endless loop, or far too slow for this input` };
    case "crashed":
      return { ...base, status: "runtime-error", message: `the solution ${outcome.message}` };
    case "unsendable":
      return { ...base, status: "invalid-output", message: outcome.message };
    case "threw": {
      const e = outcome.error;
      if (isStackOverflow(e.name, e.message)) {
        return { ...base, status: "runtime-error", error: e, stack: ctx.trimStack(e.stack), message: `stack overflow (${e.name}: ${e.message}): endless or far too deep recursion` };
      }
      if (spec.throws) {
        if (e.name === wantError) return base;
        return { ...base, status: "wrong-answer", error: e, message: `invalid input${invalid} should throw ${wantError}, but it threw ${e.name}: ${e.message}` };
      }
      return { ...base, status: "runtime-error", error: e, stack: ctx.trimStack(e.stack), message: `${e.name}: ${e.message}` };
    }
    case "returned": {
      const actual = outcome.value;
      if (spec.throws) {
        return { ...base, status: "wrong-answer", actual, message: `invalid input${invalid} should throw ${wantError}, but it returned ${formatValue(actual, { maxChars: 60 })}` };
      }
      if (actual === undefined) {
        return { ...base, status: "invalid-output", actual, message: "returned nothing (undefined): is a return statement missing?" };
      }
      const shapeProblem = checkKind(ctx.returnKind, actual, "result");
      if (shapeProblem) return { ...base, status: "invalid-output", actual, message: shapeProblem };
      const verdict = ctx.checker.check({ args: spec.args, expected: spec.expected, actual });
      if (verdict.ok) return { ...base, actual };
      return { ...base, status: "wrong-answer", actual, message: verdict.message, difference: verdict.difference };
    }
  }
}
