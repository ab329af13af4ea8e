// The --json document of `drill test`, per DESIGN.md.
import type { Lang, Problem } from "../registry/problem.js";
import { forLanguage } from "./failure-view.js";
import type { CaseResult, ProblemResult } from "../suite/results.js";
import { formatArgs, formatValue } from "../shared/format-value.js";

function failureJson(c: CaseResult, problem: Problem, lang: Lang) {
  const d = c.difference;
  return {
    case: c.name,
    group: c.group,
    status: c.status,
    message: c.message ?? null,
    input: formatArgs(problem.meta.args.map((a) => a.name), c.args, { maxChars: 500 }),
    expected: c.throws ? "an error for invalid input" : formatValue(c.expected, { maxChars: 500 }),
    actual: "actual" in c ? formatValue(c.actual, { maxChars: 500 }) : null,
    why: c.why ? forLanguage(c.why, lang) : null,
    difference: d
      ? {
          path: d.path,
          expectedShape: d.expectedShape ?? null,
          actualShape: d.actualShape ?? null,
          maxAbsError: d.maxAbsError ?? null,
          maxRelError: d.maxRelError ?? null,
        }
      : null,
    stack: c.stack ?? null,
    output: c.output ?? null,
    n: c.n ?? null,
    ...(c.line !== undefined ? { line: c.line } : {}),
    durationMs: round(c.ms),
  };
}

/** The `@case` lines of the file: how they fared, and the lines drill could not use. */
export function yourCasesJson(r: ProblemResult) {
  const own = r.caseResults.filter((c) => c.group === "own");
  const passed = own.filter((c) => c.status === "passed").length;
  return {
    total: own.length,
    passed,
    failed: own.length - passed,
    errors: (r.caseLineErrors ?? []).map((e) => ({ line: e.line, text: e.text, message: e.message })),
  };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function resultJson(r: ProblemResult, problem: Problem) {
  return {
    slug: r.slug,
    lang: r.lang,
    status: r.status,
    file: r.file,
    cases: r.cases,
    yourCases: yourCasesJson(r),
    failures: r.failures.map((c) => failureJson(c, problem, r.lang)),
    randomFailures: r.randomFailures,
    note: r.note ?? null,
    error: r.error ?? null,
    seed: r.seed,
    durationMs: round(r.durationMs),
    slowest: r.slowest ? { case: r.slowest.name, durationMs: round(r.slowest.ms) } : null,
    probe: r.probe,
    cached: r.cached === true,
  };
}

export function testReportJson(results: { result: ProblemResult; problem: Problem }[]) {
  return {
    ok: results.length > 0 && results.every((r) => r.result.status === "passed" && r.result.probe?.ok !== false),
    results: results.map((r) => resultJson(r.result, r.problem)),
  };
}
