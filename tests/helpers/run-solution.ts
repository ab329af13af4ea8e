// Testing one solution text against a problem through the library API (no CLI start-up per case).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadRegistry, type Problem } from "../../src/registry/load.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import type { ProblemResult } from "../../src/suite/results.js";
import { runProblem } from "../../src/suite/run-problem.js";
import { fixtureRegistry, repoRoot, tempDir } from "./cli.js";

export function fixtureProblem(slug = "tiny-sum"): Problem {
  const problem = loadRegistry(fixtureRegistry).problems.find((p) => p.slug === slug);
  if (!problem) throw new Error(`no fixture problem ${slug}`);
  return problem;
}

export function realProblem(slug: string): Problem {
  const registry = loadRegistry(join(repoRoot, "problems"));
  const problem = registry.problems.find((p) => p.slug === slug);
  if (!problem) throw new Error(`no problem ${slug}: ${JSON.stringify(registry.issues)}`);
  return problem;
}

export async function runSolutionText(problem: Problem, source: string, adapter = new TypeScriptAdapter()): Promise<ProblemResult> {
  const dir = tempDir();
  try {
    writeFileSync(join(dir.path, `${problem.slug}.ts`), source);
    const result = await runProblem(problem, { workspace: dir.path, cwd: dir.path, lang: "ts", adapter, seed: 1 });
    if (result === "cancelled") throw new Error("cancelled");
    return result;
  } finally {
    dir.remove();
  }
}
