// The registry checks itself: every reference passes every case and the cross-check,
// every fresh stub compiles and fails, names are unique and safe.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LANG_EXTENSION, type Lang, type Problem, type Registry } from "../registry/problem.js";
import { describeRegistryIssue } from "../registry/problem.js";
import type { LanguageAdapter } from "../runner/types.js";
import { renderStub } from "../workspace/stubs.js";
import type { ProblemResult } from "./results.js";
import { runProblem } from "./run-problem.js";

export interface SelfCheckFinding {
  slug: string;
  lang?: Lang;
  ok: boolean;
  /** What is wrong; empty when ok. */
  problems: string[];
  reference?: { passed: number; total: number };
  stub?: { passed: number; total: number };
}

function describeFailure(r: ProblemResult): string {
  if (r.error) return r.error.message;
  const first = r.failures[0];
  return `${r.cases.failed}/${r.cases.total} cases failed, first: "${first?.name}": ${first?.message ?? first?.status}`;
}

export async function selfCheckProblem(problem: Problem, lang: Lang, adapter: LanguageAdapter, seed = 1): Promise<SelfCheckFinding> {
  const finding: SelfCheckFinding = { slug: problem.slug, lang, ok: true, problems: [] };
  const referenceFile = problem.files.reference[lang];
  if (!referenceFile) {
    return { ...finding, ok: false, problems: [`no reference.${LANG_EXTENSION[lang].slice(1)}`] };
  }
  const temp = mkdtempSync(join(tmpdir(), "drill-check-"));
  try {
    const base = { workspace: temp, cwd: temp, lang, adapter, seed };
    const reference = await runProblem(problem, { ...base, file: referenceFile });
    if (reference !== "cancelled") {
      finding.reference = { passed: reference.cases.passed, total: reference.cases.total };
      if (reference.status !== "passed") finding.problems.push(`the reference fails: ${describeFailure(reference)}`);
    }
    const stubFile = join(temp, `${problem.slug}${LANG_EXTENSION[lang]}`);
    writeFileSync(stubFile, renderStub(problem, lang));
    const stub = await runProblem(problem, { ...base, file: stubFile });
    if (stub !== "cancelled") {
      finding.stub = { passed: stub.cases.passed, total: stub.cases.total };
      if (stub.status === "passed") finding.problems.push("a fresh stub passes every case");
      if (stub.status === "error") finding.problems.push(`a fresh stub does not run: ${stub.error?.message}`);
    }
  } catch (error) {
    finding.problems.push((error as Error).message);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  finding.ok = finding.problems.length === 0;
  return finding;
}

/** Findings that concern the registry as a whole: broken folders, duplicate titles or entry names. */
export function registryFindings(registry: Registry): SelfCheckFinding[] {
  const findings: SelfCheckFinding[] = registry.issues.map((issue) => ({
    slug: issue.slug,
    ok: false,
    problems: [describeRegistryIssue(registry, issue)],
  }));
  const seen = new Map<string, string>();
  for (const p of registry.problems) {
    for (const key of [`title "${p.meta.title.en}"`, p.meta.title.zh ? `title "${p.meta.title.zh}"` : ""].filter(Boolean)) {
      const other = seen.get(key);
      if (other) findings.push({ slug: p.slug, ok: false, problems: [`${key} is also used by ${other}`] });
      else seen.set(key, p.slug);
    }
  }
  return findings;
}
