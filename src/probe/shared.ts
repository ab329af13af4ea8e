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

/** The problem's probe inputs: its generator's probeInput, else generate. */
export async function probeInputs(problem: Problem): Promise<Generate<unknown[]>> {
  const module = await loadGenerator(problem);
  return module.probeInput ?? module.generate;
}
