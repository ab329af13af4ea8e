// Testing one solution to one problem: fixed cases, then the random cross-check, run by
// the language adapter, judged case by case, summed up as a ProblemResult.
import { existsSync, readFileSync } from "node:fs";
import { buildOwnCases, type OwnCases } from "../cases/own-cases.js";
import { createChecker } from "../checker/index.js";
import { entryName, leetcodeEntryName, type Lang, type Problem } from "../registry/problem.js";
import { formatCompileError } from "../runner/compile-ts.js";
import type { LanguageAdapter, RunOutcome } from "../runner/types.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { judgeCase, type CaseSpec } from "./judge.js";
import { leetcodeCases, leetcodeNote, type LeetcodeCases } from "./leetcode-cases.js";
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
  /** Run the file's `@case` lines (default true; the registry self-check leaves them out). */
  ownCases?: boolean;
  /** Stop at the first failing case (checking that a stub or a known-wrong solution fails needs no more). */
  stopAtFirstFailure?: boolean;
}

async function ownCasesOf(file: string, lang: Lang, problem: Problem, checker: Parameters<typeof buildOwnCases>[3]): Promise<OwnCases> {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    return { cases: [], errors: [] };
  }
  return buildOwnCases(source, lang, problem, checker);
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
  let leetcode: LeetcodeCases;
  let ownCount = 0;
  let fixedCount = 0;
  let randomCount = 0;
  try {
    const fixed: CaseSpec[] = problem.cases.map((c) => ({ ...c, group: "fixed" }));
    const random = await buildRandomCases(problem, options.seed, options.randomCount);
    leetcode = await leetcodeCases(problem, fixed, options.seed, options.randomCount);
    fixedCount = fixed.length;
    randomCount = random.length;
    checker = await createChecker(problem);
    // Your own cases run first (a file drill cannot read is reported by the adapter below).
    const own = options.ownCases === false ? { cases: [], errors: [] } : await ownCasesOf(file, options.lang, problem, checker);
    if (own.errors.length) result.caseLineErrors = own.errors;
    ownCount = own.cases.length;
    specs = [...own.cases.map((c): CaseSpec => ({ ...c, group: "own" })), ...fixed, ...random, ...leetcode.replacements];
  } catch (error) {
    return finish(result, started, { kind: "internal", message: `problem "${problem.slug}" is broken: ${(error as Error).message}` });
  }

  let done = 0;
  const judgeContext = {
    lang: options.lang,
    returnKind: problem.returnKind,
    checker,
    invalidInput: problem.meta.invalidInput,
    trimStack: (stack: string | undefined) => trimStack(stack, file, shownAs),
  };
  const outcome: RunOutcome = await options.adapter.run({
    solutionFile: file,
    entry: entryName(problem, options.lang),
    leetcodeEntry: leetcodeEntryName(problem.meta, options.lang),
    call: problem.call,
    cases: specs.map((s, id) => ({ id, args: s.args })),
    drillOnlyCases: new Set([
      ...specs.flatMap((s, id) => (s.throws ? [id] : [])),
      ...leetcode.outsideFixed.map((o) => ownCount + o.id),
      ...[...leetcode.outsideRandom].map((i) => ownCount + fixedCount + i),
    ]),
    leetcodeOnlyCases: new Set(leetcode.replacements.map((_, i) => ownCount + fixedCount + randomCount + i)),
    limits: problem.meta.limits,
    onCase: () => options.onCase?.(++done, specs.length),
    stopAfter: options.stopAtFirstFailure ? (o) => isFailure(judgeCase(specs[o.id], o, judgeContext)) : undefined,
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
      result.caseResults = outcome.cases.map((o) => judgeCase(specs[o.id], o, judgeContext));
      if (outcome.leetcode) result.note = leetcodeNote(specs, leetcode);
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
  result.failures = [...failed.filter((c) => c.group === "own"), ...failed.filter((c) => c.group === "fixed"), ...(smallestRandom ? [smallestRandom] : [])];
  result.randomFailures = Math.max(0, randomFailed.length - 1);
  const slowest = cases.reduce<CaseResult | undefined>((best, c) => (!best || c.ms > best.ms ? c : best), undefined);
  if (slowest) result.slowest = { name: slowest.name, ms: slowest.ms };
  return result;
}
