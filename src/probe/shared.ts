// What the time and the space probes share: budgets, and the request that opens a runner with
// a solution (the user's or the reference) loaded.
import { entryName, leetcodeEntryName, type Lang, type Problem } from "../registry/problem.js";
import { loadGenerator } from "../runner/problem-modules.js";
import type { ProbeRunnerRequest } from "../runner/types.js";
import type { Generate } from "./batch-rules.js";

export const DEFAULT_BUDGET_MS = 3000;
/** How long past its budget a probe may run before its runners are stopped. */
export const KILL_AFTER_MS = 2000;

export function probeRunnerRequest(problem: Problem, lang: Lang, file: string, forSpace = false): ProbeRunnerRequest {
  return {
    solutionFile: file,
    entry: entryName(problem, lang),
    leetcodeEntry: leetcodeEntryName(problem.meta, lang),
    call: problem.call,
    forSpace,
  };
}

/**
 * The problem's probe inputs for one language: its generator's probeInput (told the language,
 * so a shape can suit each runtime's costs), else generate.
 */
export async function probeInputs(problem: Problem, lang: Lang): Promise<Generate<unknown[]>> {
  const module = await loadGenerator(problem);
  const { probeInput } = module;
  return probeInput ? (n, rng) => probeInput(n, rng, lang) : module.generate;
}

/** The sizes the probe may try for one language: problem.json's probe limits, with that language's own over them. */
export function probeLimits(problem: Problem, lang: Lang): { minN?: number; maxN?: number; floorN?: number } {
  const { ts, py, ...shared } = problem.meta.probe ?? {};
  const own = lang === "ts" ? ts : py;
  return { ...shared, ...own };
}
