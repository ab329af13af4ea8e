// Testing one solution to one problem: fixed cases, then the random cross-check, run by
// the language adapter, judged case by case, summed up as a ProblemResult.
import { existsSync } from "node:fs";
import { createChecker } from "../checker/index.js";
import { entryName, type Lang, type Problem } from "../registry/load.js";
import { formatCompileError } from "../runner/compile-ts.js";
import type { LanguageAdapter, RunOutcome } from "../runner/types.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { judgeCase, type CaseSpec } from "./judge.js";
import { buildRandomCases } from "./random-cases.js";
import { isFailure, type CaseResult, type ProblemError, type ProblemResult } from "./results.js";
import { trimStack } from "./trim-stack.js";

export interface RunProblemOptions {
  workspace: string;
  cwd: string;
  lang: Lang;
  adapter: LanguageAdapter;
  seed: number;
  /** Random cross-check inputs; the problem's own count when undefined. */
  randomCount?: number;
  /** Solve a specific file instead of <workspace>/<slug>.<ext> (the registry self-check runs stubs and references). */
  file?: string;
  onCase?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function runProblem(problem: Problem, options: RunProblemOptions): Promise<ProblemResult | "cancelled"> {
  const started = performance.now();
  const file = options.file ?? solutionPath(options.workspace, problem.slug, options.lang);
  const shownAs = displayPath(file, options.cwd);
  const result: ProblemResult = {
    slug: problem.slug,
    lang: options.lang,
    status: "missing",
    file: shownAs,
    cases: { total: 0, passed: 0, failed: 0 },
    caseResults: [],
    failures: [],
    randomFailures: 0,
    seed: options.seed,
    durationMs: 0,
    probe: null,
  };
  if (!existsSync(file)) return result;

  let specs: CaseSpec[];
  let checker;
  try {
    const fixed: CaseSpec[] = problem.cases.map((c) => ({ ...c, group: "fixed" }));
    const random = await buildRandomCases(problem, options.seed, options.randomCount);
    specs = [...fixed, ...random];
    checker = await createChecker(problem);
  } catch (error) {
    return finish(result, started, { kind: "internal", message: `problem "${problem.slug}" is broken: ${(error as Error).message}` });
  }

  let done = 0;
  const outcome: RunOutcome = await options.adapter.run({
    solutionFile: file,
    entry: entryName(problem, options.lang),
    leetcodeEntry: problem.meta.entry.ts,
    call: problem.call,
    cases: specs.map((s, id) => ({ id, args: s.args })),
    invalidInputCases: new Set(specs.flatMap((s, id) => (s.throws ? [id] : []))),
    limits: problem.meta.limits,
    onCase: () => options.onCase?.(++done, specs.length),
    signal: options.signal,
  });
  result.cases.total = outcome.kind === "ran" ? outcome.cases.length : specs.length;

  switch (outcome.kind) {
    case "cancelled":
      return "cancelled";
    case "compile-error":
      return finish(result, started, {
        kind: "compile-error",
        message: `${shownAs} does not compile: ${outcome.error.message}`,
        detail: formatCompileError(outcome.error, shownAs),
      });
    case "unreadable":
      return finish(result, started, { kind: "unreadable", message: `cannot read ${shownAs}: ${outcome.message}` });
    case "load-error": {
      const stack = trimStack(outcome.error?.stack, file, shownAs);
      const cause = outcome.error ? `: ${outcome.error.name}: ${outcome.error.message}` : "";
      result.loadOutput = outcome.output || undefined;
      return finish(result, started, { kind: "load-error", message: `${shownAs}: ${outcome.message}${cause}`, detail: stack });
    }
    case "ran": {
      result.loadOutput = outcome.loadOutput || undefined;
      const ctx = {
        lang: options.lang,
        returnKind: problem.returnKind,
        checker,
        invalidInput: problem.meta.invalidInput,
        trimStack: (stack: string | undefined) => trimStack(stack, file, shownAs),
      };
      result.caseResults = outcome.cases.map((o) => judgeCase(specs[o.id], o, ctx));
      const omitted = specs.length - outcome.cases.length;
      if (outcome.leetcode && omitted > 0) {
        result.note = `written LeetCode's way: ${omitted} invalid-input case${omitted === 1 ? "" : "s"} left out (LeetCode never passes invalid input; drill's own signature asks to reject it)`;
      }
      return finish(result, started);
    }
  }
}

function finish(result: ProblemResult, started: number, error?: ProblemError): ProblemResult {
  result.durationMs = performance.now() - started;
  if (error) {
    result.error = error;
    result.status = "error";
    result.cases.failed = result.cases.total;
    return result;
  }
  const cases = result.caseResults;
  const failed = cases.filter(isFailure);
  result.cases.passed = cases.length - failed.length;
  result.cases.failed = failed.length;
  result.status = failed.length ? "failed" : "passed";
  const randomFailed = failed.filter((c) => c.group === "random");
  const smallestRandom = randomFailed.reduce<CaseResult | undefined>((best, c) => (!best || (c.n ?? 0) < (best.n ?? 0) ? c : best), undefined);
  result.failures = [...failed.filter((c) => c.group === "fixed"), ...(smallestRandom ? [smallestRandom] : [])];
  result.randomFailures = Math.max(0, randomFailed.length - 1);
  const slowest = cases.reduce<CaseResult | undefined>((best, c) => (!best || c.ms > best.ms ? c : best), undefined);
  if (slowest) result.slowest = { name: slowest.name, ms: slowest.ms };
  return result;
}
