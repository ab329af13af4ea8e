// One failed case, laid out once as labelled rows; the text reporter and the Ink screens draw these.
import { fmtError } from "../checker/float.js";
import type { Lang, Problem } from "../registry/problem.js";
import type { CaseResult, CaseStatus, ProblemResult } from "../suite/results.js";
import { formatArgs, formatValue } from "../shared/format-value.js";

export const STATUS_LABEL: Record<CaseStatus, string> = {
  passed: "passed",
  "wrong-answer": "wrong answer",
  timeout: "time-out",
  "runtime-error": "runtime error",
  "invalid-output": "invalid output",
  skipped: "skipped",
};

export interface FailureView {
  title: string;
  status: string;
  rows: { label: string; text: string }[];
}

const fmtShape = (s?: number[]) => (s ? `(${s.join(", ")})` : "—");

/** Case texts name TypeScript's RangeError; a Python user reads ValueError. */
export function forLanguage(text: string, lang: Lang): string {
  return lang !== "ts" ? text.replace(/RangeError \(Python: ValueError\)/g, "ValueError").replace(/RangeError/g, "ValueError") : text;
}

export function buildFailureView(c: CaseResult, problem: Problem, result: Pick<ProblemResult, "seed" | "randomFailures" | "lang">): FailureView {
  const rows: FailureView["rows"] = [];
  const names = problem.meta.args.map((a) => a.name);
  rows.push({ label: "input", text: formatArgs(names, c.args, { maxChars: 300 }) });
  if (c.throws) rows.push({ label: "expected", text: "an error for invalid input" });
  else if (c.expected !== undefined) rows.push({ label: "expected", text: formatValue(c.expected, { maxChars: 300 }) });
  if (c.status === "wrong-answer" || c.status === "invalid-output") {
    if ("actual" in c) rows.push({ label: "received", text: formatValue(c.actual, { maxChars: 300 }) });
  }
  if (c.message) rows.push({ label: c.status === "runtime-error" ? "error" : "why failed", text: c.message });
  const d = c.difference;
  if (d?.expectedShape && d.actualShape && d.expectedShape.length > 1) {
    rows.push({ label: "shapes", text: `expected ${fmtShape(d.expectedShape)}, received ${fmtShape(d.actualShape)}` });
  }
  if (d?.tolerance) {
    rows.push({
      label: "tolerance",
      text: `|received − expected| ≤ ${d.tolerance.abs} + ${d.tolerance.rel}·|expected|; max abs error ${fmtError(d.maxAbsError ?? 0)}, max rel error ${fmtError(d.maxRelError ?? 0)}`,
    });
  }
  if (c.stack) rows.push({ label: "stack", text: c.stack });
  if (c.why) rows.push({ label: "this case", text: forLanguage(c.why, result.lang) });
  if (c.group === "random") {
    const more = result.randomFailures ? `; ${result.randomFailures} larger random inputs failed too` : "";
    rows.push({ label: "random", text: `smallest failing generated input (n=${c.n})${more}; same inputs again with --seed ${result.seed}` });
  }
  if (c.output) rows.push({ label: "printed", text: c.output.trimEnd() });
  return { title: c.group === "own" ? `your case, ${c.name}` : c.name, status: STATUS_LABEL[c.status], rows };
}
