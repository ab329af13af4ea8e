// Testing one solution text against a problem through the library API (no CLI start-up per case).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANG_EXTENSION, loadRegistry, type Problem } from "../../src/registry/load.js";
import type { LanguageAdapter } from "../../src/runner/types.js";
import { createAdapter } from "../../src/runner/adapters.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import type { ProblemResult } from "../../src/suite/results.js";
import { runProblem } from "../../src/suite/run-problem.js";
import { fixtureRegistry, repoRoot, tempDir } from "./cli.js";

export function fixtureProblem(slug = "tiny-sum"): Problem {
  const problem = loadRegistry(fixtureRegistry).problems.find((p) => p.slug === slug);
  if (!problem) throw new Error(`no fixture problem ${slug}`);
  return problem;
}

/** problems/ loaded once per test file: a full, validating load costs ~80 ms, and some files look up hundreds of problems. */
let repoRegistry: ReturnType<typeof loadRegistry> | undefined;

export function realProblem(slug: string): Problem {
  const registry = (repoRegistry ??= loadRegistry(join(repoRoot, "problems")));
  const problem = registry.problems.find((p) => p.slug === slug);
  if (!problem) throw new Error(`no problem ${slug}: ${JSON.stringify(registry.issues)}`);
  return problem;
}

export async function runSolutionText(
  problem: Problem,
  source: string,
  adapter: LanguageAdapter = new TypeScriptAdapter(),
  options: { stopAtFirstFailure?: boolean } = {},
): Promise<ProblemResult> {
  const dir = tempDir();
  try {
    writeFileSync(join(dir.path, `${problem.slug}${LANG_EXTENSION[adapter.lang]}`), source);
    const result = await runProblem(problem, { workspace: dir.path, cwd: dir.path, lang: adapter.lang, adapter, seed: 1, ...options });
    if (result === "cancelled") throw new Error("cancelled");
    return result;
  } finally {
    dir.remove();
  }
}

/** A Python adapter on the machine's python3 (tests run real Python). */
export function pythonAdapter(options: { keepWarm?: boolean } = {}): LanguageAdapter {
  const lookup = createAdapter("py", options);
  if (!lookup.ok) throw new Error(lookup.message);
  return lookup.adapter;
}
