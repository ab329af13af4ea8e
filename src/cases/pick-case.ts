// One case to run or debug: typed with --input, named with --case (a fixed case of the problem,
// or one of your `@case` lines as "line 12"), or by default your first usable case, else the problem's first.
import { existsSync, readFileSync } from "node:fs";
import { UsageError } from "../errors.js";
import type { Lang, Problem } from "../registry/problem.js";
import { caseName, caseSyntax, findCaseLines, parseCaseText } from "./own-cases.js";

export interface PickedCase {
  /** The case's name, or "your input" for --input. */
  name: string;
  source: "input" | "own" | "fixed";
  args: unknown[];
  /** An expected answer given with the case (`=> …`, or the fixed case's). */
  expected?: unknown;
  hasExpected: boolean;
  /** A fixed case of invalid input. */
  throws?: boolean;
}

export interface PickOptions {
  input?: string;
  case?: string;
  /** The solution file whose `@case` lines count (it may not exist yet). */
  file: string;
  lang: Lang;
}

function ownLines(file: string, lang: Lang) {
  if (!existsSync(file)) return [];
  try {
    return findCaseLines(readFileSync(file, "utf8"), lang);
  } catch {
    return [];
  }
}

function fromText(text: string, problem: Problem, lang: Lang, name: string, source: PickedCase["source"], where: string): PickedCase {
  const parsed = parseCaseText(text, problem);
  if (!parsed.ok) {
    throw new UsageError(`${where}: ${parsed.message}`, parsed.syntax ? `write it as drill prints inputs: ${caseSyntax(problem, lang).replace(/^(\/\/|#) @case /, "")}` : `drill show ${problem.slug} says what each argument is`);
  }
  return { name, source, args: parsed.args, expected: parsed.expected, hasExpected: parsed.hasExpected };
}

export function pickCase(problem: Problem, options: PickOptions): PickedCase {
  if (options.input !== undefined && options.case !== undefined) throw new UsageError("give either --input or --case, not both");
  if (options.input !== undefined) return fromText(options.input, problem, options.lang, "your input", "input", "--input");
  const own = ownLines(options.file, options.lang);
  if (options.case !== undefined) {
    const wanted = options.case.trim().toLowerCase();
    const fixed = problem.cases.find((c) => c.name.toLowerCase() === wanted);
    if (fixed) return { name: fixed.name, source: "fixed", args: fixed.args, expected: fixed.expected, hasExpected: !fixed.throws, throws: fixed.throws };
    const lineNumber = /^(?:line\s*|l)?(\d+)$/.exec(wanted)?.[1];
    const line = own.find((l) => String(l.line) === lineNumber);
    if (line) return fromText(line.text, problem, options.lang, caseName(line.line), "own", `${caseName(line.line)} of your file`);
    const names = [...own.map((l) => caseName(l.line)), ...problem.cases.map((c) => c.name)];
    const close = names.filter((n) => n.toLowerCase().includes(wanted)).slice(0, 5);
    throw new UsageError(
      `${problem.slug} has no case named "${options.case}"`,
      close.length ? `one of: ${close.map((n) => JSON.stringify(n)).join(", ")}` : `the cases: ${names.slice(0, 6).map((n) => JSON.stringify(n)).join(", ")}${names.length > 6 ? ", …" : ""}`,
    );
  }
  // Your first @case that parses (drill test reports the ones that do not).
  const usable = own.find((l) => parseCaseText(l.text, problem).ok);
  if (usable) return fromText(usable.text, problem, options.lang, caseName(usable.line), "own", `${caseName(usable.line)} of your file`);
  const first = problem.cases[0];
  return { name: first.name, source: "fixed", args: first.args, expected: first.expected, hasExpected: !first.throws, throws: first.throws };
}
