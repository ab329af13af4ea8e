// Your own cases: `// @case nums = [1,3,-1], k = 3 [=> [3]]` lines in a TypeScript solution,
// `# @case …` in Python. Each becomes a case run before the problem's own, expected from the
// reference unless the line gives it; input the problem calls invalid becomes a case that must
// throw. A line that does not parse, or an input that does not fit the problem, is reported with
// its line number and never stops the other cases.
import type { Checker } from "../checker/types.js";
import { checkKind } from "../registry/kinds.js";
import type { Lang, Problem } from "../registry/problem.js";
import { loadReference } from "../runner/problem-modules.js";
import { formatValue } from "../shared/format-value.js";
import { callEntry } from "../runner/call.js";
import { parseArgs, parseValue, splitExpected, ValueSyntaxError } from "./parse-value.js";

/** A `@case` line, found in the source. */
export interface CaseLine {
  line: number;
  text: string;
}

/** A `@case` line drill could not use: what is wrong with it. */
export interface CaseLineError {
  line: number;
  text: string;
  message: string;
}

/** A usable case from the file. */
export interface OwnCase {
  name: string;
  line: number;
  args: unknown[];
  expected?: unknown;
  throws?: boolean;
  /** Shown when the case fails: where the expected answer came from. */
  why?: string;
}

export interface OwnCases {
  cases: OwnCase[];
  errors: CaseLineError[];
}

const MARKER: Record<Lang, string> = { ts: "//", py: "#", torch: "#" };

export function caseName(line: number): string {
  return `line ${line}`;
}

/** The syntax, for messages. */
export function caseSyntax(problem: Problem, lang: Lang): string {
  const args = problem.meta.args.map((a) => `${a.name} = …`).join(", ");
  return `${MARKER[lang]} @case ${args} [=> expected]`;
}

export function findCaseLines(source: string, lang: Lang): CaseLine[] {
  const marker = MARKER[lang].replace(/\//g, "\\/");
  const pattern = new RegExp(`^\\s*${marker}\\s*@case\\b(.*)$`);
  const lines: CaseLine[] = [];
  source.split(/\r?\n/).forEach((text, i) => {
    const m = pattern.exec(text);
    if (m) lines.push({ line: i + 1, text: m[1].trim() });
  });
  return lines;
}

const isInvalidInputError = (error: unknown) =>
  error instanceof RangeError && !/Maximum call stack size exceeded/.test(error.message);

export interface ParsedCase {
  ok: true;
  args: unknown[];
  expected?: unknown;
  hasExpected: boolean;
}

/** Parses `args [=> expected]` against the problem's argument names and kinds. */
export function parseCaseText(text: string, problem: Problem): ParsedCase | { ok: false; message: string; syntax?: boolean } {
  const names = problem.meta.args.map((a) => a.name);
  const parts = splitExpected(text);
  const parsed = parseArgs(parts.args, names);
  if (!parsed.ok) return { ...parsed, syntax: true };
  for (let i = 0; i < names.length; i++) {
    const bad = checkKind(problem.argKinds[i], parsed.args[i], names[i]);
    if (bad) return { ok: false, message: bad };
  }
  if (parts.expected === undefined) return { ok: true, args: parsed.args, hasExpected: false };
  let expected: unknown;
  try {
    expected = parseValue(parts.expected);
  } catch (error) {
    if (error instanceof ValueSyntaxError) return { ok: false, message: `after "=>": ${error.message}`, syntax: true };
    throw error;
  }
  const bad = checkKind(problem.returnKind, expected, "the expected answer");
  if (bad) return { ok: false, message: bad };
  return { ok: true, args: parsed.args, expected, hasExpected: true };
}

/** ms: how long the call took (loading the reference not counted). */
export type ReferenceAnswer = ({ kind: "value"; value: unknown } | { kind: "invalid" } | { kind: "error"; message: string }) & { ms: number };

/** What the reference solution answers for these arguments (it never sees the caller's copy). */
export async function referenceAnswer(problem: Problem, args: unknown[]): Promise<ReferenceAnswer> {
  const reference = await loadReference(problem);
  const copy = structuredClone(args);
  const started = performance.now();
  try {
    const value = await callEntry(reference, problem.call, copy);
    return { kind: "value", value, ms: performance.now() - started };
  } catch (error) {
    const ms = performance.now() - started;
    if (isInvalidInputError(error)) return { kind: "invalid", ms };
    return { kind: "error", message: `${(error as Error)?.name ?? "Error"}: ${(error as Error)?.message ?? String(error)}`, ms };
  }
}

/** Reads the `@case` lines of a solution's source into cases and errors. */
export async function buildOwnCases(source: string, lang: Lang, problem: Problem, checker: Checker): Promise<OwnCases> {
  const result: OwnCases = { cases: [], errors: [] };
  const invalid = problem.meta.invalidInput ? ` (${problem.meta.invalidInput})` : "";
  for (const { line, text } of findCaseLines(source, lang)) {
    const fail = (message: string) => result.errors.push({ line, text, message });
    const parsed = parseCaseText(text, problem);
    if (!parsed.ok) {
      fail(parsed.syntax ? `${parsed.message}; the syntax is: ${caseSyntax(problem, lang)}` : parsed.message);
      continue;
    }
    const answer = await referenceAnswer(problem, parsed.args);
    const base = { name: caseName(line), line, args: parsed.args };
    if (answer.kind === "error") {
      fail(`the reference solution cannot run this input (${answer.message}); check it against drill show ${problem.slug}`);
    } else if (answer.kind === "invalid") {
      if (parsed.hasExpected) fail(`this input is invalid for the problem${invalid}, so it has no answer: drop "=> …" and the case checks that your solution rejects it`);
      else result.cases.push({ ...base, throws: true, why: `your case: invalid input${invalid}, so the solution must throw RangeError` });
    } else if (!parsed.hasExpected) {
      result.cases.push({ ...base, expected: answer.value, why: "your case; expected answer from the reference solution" });
    } else {
      const agrees = checker.check({ args: parsed.args, expected: parsed.expected, actual: answer.value }).ok;
      const why = agrees ? "your case, with your expected answer" : `your case, with your expected answer; the reference solution answers ${formatValue(answer.value, { maxChars: 120 })}`;
      result.cases.push({ ...base, expected: parsed.expected, why });
    }
  }
  return result;
}
