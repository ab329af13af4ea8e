// One input through your solution and through the reference: both answers, whether they agree
// under the problem's checker, the times, and what your code printed (drill run).
import { referenceAnswer, type ReferenceAnswer } from "../cases/own-cases.js";
import type { PickedCase } from "../cases/pick-case.js";
import { createChecker } from "../checker/index.js";
import { entryName, leetcodeEntryName, type Lang, type Problem } from "../registry/problem.js";
import { formatCompileError } from "../runner/compile-ts.js";
import type { CaseOutcome, LanguageAdapter } from "../runner/types.js";
import { judgeCase, type CaseSpec } from "./judge.js";
import type { CaseResult, ProblemError } from "./results.js";
import { trimStack } from "./trim-stack.js";

export interface RunOneResult {
  case: PickedCase;
  /** The verdict against the reference's answer (or the expected answer given with the case). */
  verdict?: CaseResult;
  outcome?: CaseOutcome;
  reference: ReferenceAnswer;
  /** The solution did not compile or load. */
  error?: ProblemError;
  loadOutput?: string;
}

export interface RunOneOptions {
  file: string;
  shownAs: string;
  lang: Lang;
  adapter: LanguageAdapter;
}

export async function runOne(problem: Problem, picked: PickedCase, options: RunOneOptions): Promise<RunOneResult> {
  const reference = await referenceAnswer(problem, picked.args);
  const checker = await createChecker(problem);
  const throws = reference.kind === "invalid" || (picked.throws ?? false);
  const spec: CaseSpec = {
    name: picked.name,
    group: picked.source === "fixed" ? "fixed" : "own",
    args: picked.args,
    expected: picked.hasExpected ? picked.expected : reference.kind === "value" ? reference.value : undefined,
    throws,
  };
  const outcome = await options.adapter.run({
    solutionFile: options.file,
    entry: entryName(problem, options.lang),
    leetcodeEntry: leetcodeEntryName(problem.meta, options.lang),
    call: problem.call,
    cases: [{ id: 0, args: picked.args }],
    limits: problem.meta.limits,
  });
  const result: RunOneResult = { case: picked, reference };
  switch (outcome.kind) {
    case "compile-error":
      result.error = { kind: "compile-error", message: `${options.shownAs} does not compile: ${outcome.error.message}`, detail: formatCompileError(outcome.error, options.shownAs) };
      return result;
    case "unreadable":
      result.error = { kind: "unreadable", message: `cannot read ${options.shownAs}: ${outcome.message}` };
      return result;
    case "load-error":
      result.loadOutput = outcome.output || undefined;
      result.error = {
        kind: "load-error",
        message: `${options.shownAs}: ${outcome.message}${outcome.error ? `: ${outcome.error.name}: ${outcome.error.message}` : ""}`,
        detail: trimStack(outcome.error?.stack, options.file, options.shownAs),
      };
      return result;
    case "cancelled":
      return result;
    case "ran": {
      result.loadOutput = outcome.loadOutput || undefined;
      result.outcome = outcome.cases[0];
      if (!result.outcome) return result;
      if (reference.kind === "error" && !picked.hasExpected) return result;
      result.verdict = judgeCase(spec, result.outcome, {
        lang: options.lang,
        returnKind: problem.returnKind,
        checker,
        invalidInput: problem.meta.invalidInput,
        trimStack: (stack) => trimStack(stack, options.file, options.shownAs),
      });
      return result;
    }
  }
}
