// drill check [slug...]: the registry self-check (references pass, stubs fail, names are sound).
import chalk from "chalk";
import { findProblem } from "../registry/find.js";
import { LANGS } from "../registry/problem.js";
import { AdapterSet } from "../runner/adapters.js";
import { registryFindings, selfCheckProblem, type SelfCheckFinding } from "../suite/self-check.js";
import type { CommandContext } from "./context.js";
import { openRegistry } from "./open-registry.js";
import { countOf } from "../report/text.js";

export interface CheckOptions {
  slugs: string[];
  json?: boolean;
}

export async function checkCommand(options: CheckOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true });
  const problems = options.slugs.length ? options.slugs.map((s) => findProblem(registry, s)) : registry.problems;
  const findings: SelfCheckFinding[] = options.slugs.length ? [] : registryFindings(registry);
  const adapters = new AdapterSet({ keepWarm: problems.length > 1, env: ctx.env });
  // PyTorch is optional: without a Python that has torch its references are skipped, and said so.
  let torchSkipped: string | undefined;
  try {
    for (const problem of problems) {
      for (const lang of LANGS) {
        if (!problem.files.reference[lang]) continue;
        const adapter = adapters.get(lang);
        if (lang === "torch" && !adapter.ok) {
          torchSkipped = adapter.message;
          continue;
        }
        const finding = adapter.ok
          ? await selfCheckProblem(problem, lang, adapter.adapter)
          : { slug: problem.slug, lang, ok: false, problems: [adapter.message] };
        findings.push(finding);
        if (!options.json) ctx.stdout.write(findingLine(finding) + "\n");
      }
    }
  } finally {
    await adapters.dispose();
  }
  const ok = findings.every((f) => f.ok);
  if (options.json) {
    ctx.stdout.write(JSON.stringify({ ok, findings, skipped: torchSkipped ? { torch: torchSkipped } : {} }, null, 2) + "\n");
  } else {
    for (const f of findings.filter((f) => !f.lang)) ctx.stdout.write(findingLine(f) + "\n");
    if (torchSkipped) ctx.stdout.write(chalk.yellow(`\nPyTorch references not checked: ${torchSkipped}\n`));
    const bad = findings.filter((f) => !f.ok).length;
    ctx.stdout.write(bad ? chalk.red(`\n${bad} problem(s) need fixing.\n`) : chalk.green(`\nRegistry OK: ${countOf(problems.length, "problem")} checked.\n`));
  }
  return ok ? 0 : 1;
}

function findingLine(f: SelfCheckFinding): string {
  const mark = f.ok ? chalk.green("✓") : chalk.red("✗");
  const lang = f.lang ? chalk.dim(` [${f.lang}]`) : "";
  const ref = f.reference ? ` reference ${f.reference.passed}/${f.reference.total}` : "";
  const stub = f.stub ? `, stub ${f.stub.passed}/${f.stub.total}` : "";
  const head = `${mark} ${chalk.bold(f.slug || "(registry)")}${lang}${chalk.dim(ref + stub)}`;
  return [head, ...f.problems.map((p) => `    ${chalk.red(p)}`)].join("\n");
}
