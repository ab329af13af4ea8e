// problems/ → Registry. Every problem folder is validated on load; a broken one is
// reported (file and field) and left out, and the others still work.
import { join } from "node:path";
import { buildProblem, problemFolders, ProblemFileError, readJson, type CasesParser } from "./build-problem.js";
import type { Problem, Registry } from "./problem.js";
import { casesFileSchema, describeIssues, problemSchema } from "./schema.js";

export * from "./problem.js";

const parseCasesFile: CasesParser = (raw) => {
  const parsed = casesFileSchema.safeParse(raw);
  if (!parsed.success) throw new ProblemFileError("cases.json", describeIssues(parsed.error));
  return parsed.data.cases;
};

export function loadProblem(registryDir: string, slug: string): Problem {
  const raw = readJson(join(registryDir, slug, "problem.json"), "problem.json");
  const parsed = problemSchema.safeParse(raw);
  if (!parsed.success) throw new ProblemFileError("problem.json", describeIssues(parsed.error));
  return buildProblem(registryDir, slug, parsed.data, "eager", parseCasesFile);
}

export function loadRegistry(registryDir: string): Registry {
  const folders = problemFolders(registryDir);
  if (!folders) return { dir: registryDir, problems: [], issues: [{ slug: "", file: registryDir, message: "the problems folder is missing or unreadable" }] };
  const registry: Registry = { dir: registryDir, problems: [], issues: folders.issues };
  for (const slug of folders.slugs) {
    try {
      registry.problems.push(loadProblem(registryDir, slug));
    } catch (error) {
      const file = error instanceof ProblemFileError ? join(slug, error.file) : slug;
      registry.issues.push({ slug, file, message: (error as Error).message });
    }
  }
  return registry;
}
