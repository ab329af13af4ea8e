// Plain-text rendering of test results: for pipes, CI=true, and the Ink screens' static rows.
import chalk from "chalk";
import type { Problem } from "../registry/problem.js";
import type { CaseResult, ProblemResult } from "../suite/results.js";
import type { ProbeReport, ProbeStatus } from "../probe/run-probe.js";
import type { SpaceReport } from "../probe/space.js";
import { scalingChart, spaceChart } from "./chart.js";
import { buildFailureView, type FailureView } from "./failure-view.js";
import { drillCommand } from "../invocation.js";

export interface DetailOptions {
  /** Draw the scaling chart even when the probe passed. */
  chart?: boolean;
}

/** Failures shown in full per problem; the rest are listed by name. */
export const DETAILED_FAILURES = 3;

export function statusMark(status: ProblemResult["status"]): string {
  switch (status) {
    case "passed":
      return chalk.green("✓");
    case "failed":
      return chalk.red("✗");
    case "error":
      return chalk.red("!");
    case "missing":
      return chalk.dim("–");
  }
}

/** "1 test run", "2 test runs": a count with its noun. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function newCommand(slug: string, lang: string): string {
  return drillCommand(`new ${slug}${lang === "ts" ? "" : ` --lang ${lang}`}`);
}

export function problemLine(r: ProblemResult): string {
  const head = `${statusMark(r.status)} ${chalk.bold(r.slug)} ${chalk.dim(`[${r.lang}]`)}`;
  switch (r.status) {
    case "missing":
      return `${head}  ${chalk.dim(`no solution yet (${r.file}); start with: ${newCommand(r.slug, r.lang)}`)}`;
    case "error":
      return `${head}  ${chalk.red(r.error?.message ?? "error")}${r.cached ? chalk.dim(" (cached)") : ""}`;
    default: {
      const counts = `${r.cases.passed}/${r.cases.total} cases`;
      const slowest = r.slowest ? chalk.dim(`, slowest ${formatMs(r.slowest.ms)}`) : "";
      const took = r.cached ? chalk.dim("(cached)") : `${chalk.dim(formatMs(r.durationMs))}${slowest}`;
      return `${head}  ${r.status === "passed" ? chalk.green(counts) : chalk.red(counts)}  ${took}`;
    }
  }
}

export function failureLines(view: FailureView, indent = "    "): string[] {
  const width = Math.max(...view.rows.map((r) => r.label.length));
  const lines = [`${indent}${chalk.red("✗")} ${view.title} ${chalk.red(`[${view.status}]`)}`];
  for (const row of view.rows) {
    const [first, ...rest] = row.text.split("\n");
    const pad = `${indent}    ${" ".repeat(width)}  `;
    lines.push(`${indent}    ${chalk.dim(row.label.padEnd(width))}  ${first}`);
    for (const line of rest) lines.push(pad + line);
  }
  return lines;
}

/** Failures with the same error (a stub's "not implemented", one crash everywhere) are shown once. */
function sameKind(c: CaseResult): string | undefined {
  return c.status === "wrong-answer" ? undefined : `${c.status}:${c.message}`;
}

/** Everything below a problem's line: its error, its failures (the first few in full). */
export function problemDetails(r: ProblemResult, problem: Problem, options: DetailOptions = {}): string[] {
  const lines: string[] = [];
  if (r.probe) {
    lines.push(probeLine(r.probe));
    if (options.chart || r.probe.status !== "passed") lines.push(...scalingChart(r.probe).map((l) => `    ${l}`));
    if (r.probe.space) {
      lines.push(spaceLine(r.probe.space));
      if (options.chart || r.probe.space.status === "failed") lines.push(...spaceChart(r.probe.space).map((l) => `    ${l}`));
    }
  }
  lines.push(...yourCasesLines(r));
  if (r.status === "error" && r.error?.detail) lines.push(...r.error.detail.split("\n").map((l) => `    ${l}`));
  if (r.loadOutput) lines.push(`    ${chalk.dim("printed while loading:")} ${r.loadOutput.trimEnd()}`);
  if (r.note) lines.push(`    ${chalk.dim(r.note)}`);
  const detailed: CaseResult[] = [];
  const repeats: CaseResult[] = [];
  const others: CaseResult[] = [];
  for (const c of r.failures) {
    const kind = sameKind(c);
    if (kind && detailed.some((d) => sameKind(d) === kind)) repeats.push(c);
    else if (detailed.length < DETAILED_FAILURES) detailed.push(c);
    else others.push(c);
  }
  for (const c of detailed) lines.push(...failureLines(buildFailureView(c, problem, r)));
  if (repeats.length) lines.push(`    ${chalk.dim(`${repeats.length} more failed the same way (${repeats[0].message})`)}`);
  if (others.length) {
    const names = others.slice(0, 8).map((c) => c.name).join("; ");
    lines.push(`    ${chalk.dim(`${others.length} more failed: ${names}${others.length > 8 ? "; …" : ""}`)}`);
  }
  return lines;
}

/** ✓ passed, ✗ failed, ? inconclusive (never a tick for a measurement that did not happen). */
export function verdictMark(status: ProbeStatus): string {
  return status === "passed" ? chalk.green("✓") : status === "failed" ? chalk.red("✗") : chalk.yellow("?");
}

function adviceLine(advice: string | undefined): string[] {
  return advice ? [`      ${chalk.dim(`inconclusive: ${advice}`)}`] : [];
}

/** "your cases 2/3 passed", and every `@case` line drill could not use, by line number. */
export function yourCasesLines(r: ProblemResult, indent = "    "): string[] {
  const own = r.caseResults.filter((c) => c.group === "own");
  const lines: string[] = [];
  if (own.length) {
    const passed = own.filter((c) => c.status === "passed").length;
    const text = `your cases ${passed}/${own.length} passed`;
    lines.push(`${indent}${passed === own.length ? chalk.green(text) : chalk.red(text)}`);
  }
  for (const e of r.caseLineErrors ?? []) {
    lines.push(`${indent}${chalk.yellow("!")} ${r.file}:${e.line}: @case ${e.text.length > 60 ? `${e.text.slice(0, 59)}…` : e.text}`);
    lines.push(`${indent}    ${chalk.yellow(e.message)}`);
  }
  return lines;
}

export function spaceLine(s: SpaceReport): string {
  return [`    ${chalk.dim("space")} ${verdictMark(s.status)} ${s.verdict}`, ...adviceLine(s.advice)].join("\n");
}

/** "time ✓ O(n) measured, target O(n) · 1.3× the reference's time at n = 65,536" */
export function probeLine(p: ProbeReport): string {
  const parts = [p.verdict];
  if (p.ratio) {
    const x = p.ratio.value;
    const n = p.ratio.n.toLocaleString("en");
    parts.push(x >= 1.5 ? `${x.toFixed(1)}× slower than the reference at n = ${n}` : x <= 0.67 ? `${(1 / x).toFixed(1)}× faster than the reference at n = ${n}` : `about the reference's speed at n = ${n}`);
  }
  return [`    ${chalk.dim("time")} ${verdictMark(p.status)} ${parts.join(chalk.dim(" · "))}`, ...adviceLine(p.advice)].join("\n");
}

export function summaryLine(results: ProblemResult[], durationMs: number): string {
  const count = (s: ProblemResult["status"]) => results.filter((r) => r.status === s).length;
  const slow = results.filter((r) => r.probe && !r.probe.ok).length;
  const unsure = results.filter((r) => r.probe?.status === "inconclusive").length;
  const parts = [
    count("passed") && chalk.green(`${count("passed")} passed`),
    slow && chalk.red(`${slow} too slow`),
    unsure && chalk.yellow(`${unsure} probe${unsure === 1 ? "" : "s"} inconclusive`),
    count("failed") && chalk.red(`${count("failed")} failed`),
    count("error") && chalk.red(`${count("error")} error`),
    count("missing") && chalk.dim(`${count("missing")} not started`),
  ].filter(Boolean);
  return `${parts.join(", ")} ${chalk.dim(`(${results.length} ${results.length === 1 ? "solution" : "solutions"}, ${formatMs(durationMs)})`)}`;
}

/** In a run of several solutions, problems not started are one line, not a row each. */
export function foldsMissing(total: number): boolean {
  return total > 1;
}

/** "– 44 not started: adam-step, auc, coin-change, … (start one with: drill new <slug>)" */
export function missingLine(results: ProblemResult[]): string | undefined {
  const missing = results.filter((r) => r.status === "missing");
  if (missing.length === 0) return undefined;
  const names = missing.slice(0, 5).map((r) => r.slug);
  const more = missing.length > 5 ? `, … ${missing.length - 5} more` : "";
  return chalk.dim(`– ${missing.length} not started: ${names.join(", ")}${more} (start one with: ${drillCommand("new <slug>")})`);
}

/** "Interrupted after 6/49." when Ctrl-C stopped the run. */
export function interruptedLine(results: ProblemResult[], total: number): string {
  return chalk.yellow(`Interrupted after ${results.length}/${total}.`);
}

/** The line that says what to do next. */
export function nextStepLine(results: ProblemResult[]): string | undefined {
  if (results.length > 0 && results.every((r) => r.status === "missing")) {
    const first = results[0];
    return `Nothing solved yet. Start with: ${newCommand(first.slug, first.lang)}, then ${drillCommand(`test ${first.slug}`)}.`;
  }
  const failing = results.find((r) => r.status === "failed" || r.status === "error" || r.probe?.ok === false);
  if (failing) return `Next: fix ${failing.file}, then ${drillCommand(`test ${failing.slug}${failing.lang === "ts" ? "" : ` --lang ${failing.lang}`}`)}.`;
  return undefined;
}
