// What the time and the space probes share: budgets, and the request that names the solution's
// entry, its call style and the problem's generator.
import { entryName, type Lang, type Problem } from "../registry/load.js";

export const DEFAULT_BUDGET_MS = 3000;
/** How long past its budget a probe may run before its runner is killed. */
export const KILL_AFTER_MS = 2000;

export function probeRequestBase(problem: Problem, lang: Lang, signal?: AbortSignal) {
  return {
    entry: entryName(problem, lang),
    leetcodeEntry: problem.meta.entry.ts,
    call: problem.call,
    generatorFile: problem.files.generator,
    killAfterMs: KILL_AFTER_MS,
    signal,
  };
}
