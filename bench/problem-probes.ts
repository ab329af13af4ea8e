// The probe on the problems themselves: every slow fixture (correct but asymptotically worse
// than the target) must fail its probe; the correct fixtures and the references must pass.
import { existsSync, mkdtempSync, readdirSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot, problemsDir } from "../src/paths.js";
import { probeSolution } from "../src/probe/run-probe.js";
import { loadRegistry, type Lang } from "../src/registry/load.js";
import { AdapterSet } from "../src/runner/adapters.js";

export interface ProblemProbeRow {
  slug: string;
  lang: Lang;
  fixture: string;
  kind: "slow" | "correct";
  measured: string | null;
  target: string;
  ok: boolean;
  /** slow fixtures should fail, correct ones pass. */
  expected: boolean;
  ratio: number | null;
  ratioGrowth: number | null;
}

export async function measureProblemProbes(options: { langs: Lang[]; budgetMs: number; correctPerProblem: number; filter?: string; log?: (line: string) => void }): Promise<ProblemProbeRow[]> {
  const registry = loadRegistry(problemsDir());
  const adapters = new AdapterSet({ env: process.env });
  const rows: ProblemProbeRow[] = [];
  const ws = mkdtempSync(join(tmpdir(), "drill-bench-probe-"));
  try {
    for (const problem of registry.problems.filter((p) => !options.filter || p.slug.includes(options.filter))) {
      for (const lang of options.langs) {
        const adapter = adapters.get(lang);
        if (!adapter.ok) continue;
        const ext = lang === "ts" ? ".ts" : ".py";
        const dir = join(packageRoot, "tests", "fixtures", "solutions", problem.slug);
        const pick = (kind: "slow" | "correct", limit: number) =>
          existsSync(join(dir, kind)) ? readdirSync(join(dir, kind)).filter((f) => f.endsWith(ext)).slice(0, limit).map((f) => ({ kind, f })) : [];
        const chosen = [...pick("slow", 9), ...pick("correct", options.correctPerProblem)];
        for (const { kind, f } of chosen) {
          const file = join(ws, `${problem.slug}${ext}`);
          copyFileSync(join(dir, kind, f), file);
          const report = await probeSolution(problem, { file, lang, adapter: adapter.adapter, budgetMs: options.budgetMs });
          const row: ProblemProbeRow = {
            slug: problem.slug,
            lang,
            fixture: `${kind}/${f}`,
            kind,
            measured: report.measured,
            target: report.target,
            ok: report.ok,
            expected: kind === "correct",
            ratio: report.ratio?.value ?? null,
            ratioGrowth: report.ratio?.growth ?? null,
          };
          rows.push(row);
          options.log?.(`${row.ok === row.expected ? "✓" : "✗"} ${problem.slug} [${lang}] ${row.fixture}: measured ${row.measured ?? "—"} (target ${row.target}) ${row.ratio ? `×${row.ratio.toFixed(1)} (growth ${row.ratioGrowth?.toFixed(2)})` : ""}${report.measured ? "" : ` ${report.verdict}`}`);
        }
      }
    }
  } finally {
    await adapters.dispose();
    rmSync(ws, { recursive: true, force: true });
  }
  return rows;
}
