// drill run <slug> [--input '…' | --case NAME]: your solution on one input beside the reference —
// LeetCode's "Run" button, offline.
import { existsSync } from "node:fs";
import chalk from "chalk";
import { pickCase } from "../cases/pick-case.js";
import { EXIT_FAILED, EXIT_OK, UserError } from "../errors.js";
import { findProblem } from "../registry/find.js";
import type { Lang, Problem } from "../registry/problem.js";
import { buildFailureView } from "../report/failure-view.js";
import { formatArgs, formatValue } from "../shared/format-value.js";
import { tensorShape } from "../registry/kinds.js";
import { formatMs } from "../report/text.js";
import { createAdapter } from "../runner/adapters.js";
import type { RunOneResult } from "../suite/run-one.js";
import { runOne } from "../suite/run-one.js";
import { displayPath, resolveWorkspace, solutionPath } from "../workspace/paths.js";
import type { CommandContext } from "./context.js";
import { openRegistry } from "./open-registry.js";

export interface RunOptions {
  slug: string;
  input?: string;
  case?: string;
  lang?: Lang;
  json?: boolean;
  workspace?: string;
}

/** The language: --lang, else TypeScript, else Python when only a .py solution exists. */
export function defaultLang(workspace: string, slug: string, lang?: Lang): Lang {
  return lang ?? (!existsSync(solutionPath(workspace, slug, "ts")) && existsSync(solutionPath(workspace, slug, "py")) ? "py" : "ts");
}

const SHOW = { maxItems: 40, maxChars: 1200 };

export async function runCommand(options: RunOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true });
  const problem = findProblem(registry, options.slug);
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });
  const lang = defaultLang(workspace, problem.slug, options.lang);
  const file = solutionPath(workspace, problem.slug, lang);
  const shownAs = displayPath(file, ctx.cwd);
  const picked = pickCase(problem, { input: options.input, case: options.case, file, lang });
  if (!existsSync(file)) {
    throw new UserError(`no solution to run: ${shownAs} does not exist`, `drill new ${problem.slug}${lang === "ts" ? "" : " --lang py"}`);
  }
  const adapter = createAdapter(lang, { env: ctx.env });
  if (!adapter.ok) throw new UserError(adapter.message);
  let result: RunOneResult;
  try {
    result = await runOne(problem, picked, { file, shownAs, lang, adapter: adapter.adapter });
  } finally {
    await adapter.adapter.dispose();
  }
  const ok = result.verdict?.status === "passed";
  if (options.json) ctx.stdout.write(JSON.stringify(runJson(result, problem, lang, shownAs), null, 2) + "\n");
  else ctx.stdout.write(runLines(result, problem, lang, shownAs).join("\n") + "\n");
  return ok ? EXIT_OK : EXIT_FAILED;
}

function shown(value: unknown): string {
  return formatValue(value, SHOW);
}

function yoursText(r: RunOneResult): string {
  const o = r.outcome;
  if (!o) return r.error ? r.error.message : "did not run";
  switch (o.status) {
    case "returned":
      return shown(r.verdict?.actual ?? o.value);
    case "threw":
      return `threw ${o.error.name}: ${o.error.message}`;
    case "timeout":
      return `no answer within ${o.limitMs} ms`;
    case "crashed":
      return `crashed: ${o.message}`;
    case "unsendable":
      return o.message;
    case "skipped":
      return `skipped: ${o.reason}`;
  }
}

function referenceText(r: RunOneResult, lang: Lang): string {
  const ref = r.reference;
  if (ref.kind === "value") return shown(ref.value);
  if (ref.kind === "invalid") return `rejects it: invalid input (throws ${lang === "py" ? "ValueError" : "RangeError"})`;
  return `cannot run this input (${ref.message})`;
}

function verdictText(r: RunOneResult, problem: Problem): string {
  const checker = problem.meta.checker.kind === "float" ? `within the tolerance (abs ${problem.meta.checker.abs}, rel ${problem.meta.checker.rel})` : problem.meta.checker.kind === "unordered" ? "in any order" : problem.meta.checker.kind === "custom" ? "by the problem's checker" : "exactly";
  const against = r.case.hasExpected && r.case.source !== "fixed" ? "your expected answer" : "the reference";
  if (r.error) return chalk.red(`! ${r.error.message}`);
  if (!r.verdict) return chalk.yellow(`? no verdict: ${r.reference.kind === "error" ? "the reference cannot run this input" : "the solution did not run"}`);
  if (r.verdict.status === "passed") return chalk.green(r.verdict.throws ? "✓ rejects the invalid input, as the reference does" : `✓ agrees with ${against} (${checker})`);
  return chalk.red(`✗ ${r.verdict.message ?? r.verdict.status}`);
}

export function runLines(r: RunOneResult, problem: Problem, lang: Lang, shownAs: string): string[] {
  const names = problem.meta.args.map((a) => a.name);
  const lines = [`${chalk.bold(problem.slug)} ${chalk.dim(`[${lang}]`)} ${chalk.dim(shownAs)} ${chalk.dim(`· ${r.case.name}`)}`];
  const row = (label: string, text: string) => {
    const [first, ...rest] = text.split("\n");
    lines.push(`  ${chalk.dim(label.padEnd(10))} ${first}`, ...rest.map((l) => `  ${" ".repeat(10)} ${l}`));
  };
  row("input", formatArgs(names, r.case.args, SHOW));
  if (r.error) {
    lines.push(`  ${verdictText(r, problem)}`);
    if (r.error.detail) lines.push(...r.error.detail.split("\n").map((l) => `    ${l}`));
    if (r.loadOutput) row("printed", r.loadOutput.trimEnd());
    return lines;
  }
  row("yours", `${yoursText(r)}${r.outcome ? chalk.dim(`   ${formatMs(r.outcome.ms)}`) : ""}`);
  row("reference", `${referenceText(r, lang)}${chalk.dim(`   ${formatMs(r.reference.ms)}`)}`);
  if (r.case.hasExpected && r.case.source !== "fixed") row("expected", shown(r.case.expected));
  lines.push(`  ${verdictText(r, problem)}`);
  const v = r.verdict;
  if (v && v.status !== "passed") {
    const view = buildFailureView(v, problem, { seed: 1, randomFailures: 0, lang });
    for (const extra of view.rows.filter((x) => ["shapes", "tolerance", "stack"].includes(x.label))) row(extra.label, extra.text);
  }
  const printed = [r.loadOutput, r.outcome?.output].filter(Boolean).join("").trimEnd();
  if (printed) row("printed", printed);
  return lines;
}

function valueJson(value: unknown) {
  const shape = Array.isArray(value) && value.length > 0 ? tensorShape(value) : null;
  return { value, shape: Array.isArray(shape) ? shape : null };
}

export function runJson(r: RunOneResult, problem: Problem, lang: Lang, shownAs: string) {
  const o = r.outcome;
  return {
    slug: problem.slug,
    lang,
    file: shownAs,
    case: r.case.source === "input" ? null : r.case.name,
    input: formatArgs(problem.meta.args.map((a) => a.name), r.case.args, { maxItems: Infinity, maxChars: Infinity }),
    ok: r.verdict?.status === "passed",
    status: r.error ? "error" : (r.verdict?.status ?? null),
    message: r.error?.message ?? r.verdict?.message ?? null,
    yours: o
      ? {
          ...(o.status === "returned" ? valueJson(r.verdict?.actual ?? o.value) : { value: null, shape: null }),
          error: o.status === "threw" ? { name: o.error.name, message: o.error.message } : o.status === "returned" ? null : { name: o.status, message: yoursText(r) },
          durationMs: Math.round(o.ms * 1000) / 1000,
        }
      : null,
    reference: {
      ...(r.reference.kind === "value" ? valueJson(r.reference.value) : { value: null, shape: null }),
      invalidInput: r.reference.kind === "invalid",
      error: r.reference.kind === "error" ? r.reference.message : null,
      durationMs: Math.round(r.reference.ms * 1000) / 1000,
    },
    expected: r.case.hasExpected && r.case.source !== "fixed" ? r.case.expected : null,
    output: [r.loadOutput, o?.output].filter(Boolean).join("") || null,
  };
}
