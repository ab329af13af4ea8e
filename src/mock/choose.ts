// Choosing mock problems: by tag, difficulty and language, favouring problems never solved,
// failed before, or solved slowly; a seed makes the choice repeatable.
import { UsageError } from "../errors.js";
import { createRng } from "../random/rng.js";
import type { Lang, Problem } from "../registry/problem.js";
import type { HistoryEntry, TestEntry } from "../store/history.js";
import { drillCommand } from "../invocation.js";

export interface ChooseOptions {
  count: number;
  seed: number;
  tag?: string;
  difficulty?: string;
  lang: Lang;
}

/** Weight of a problem from its history: unseen or failing problems come up more often. */
export function weight(slug: string, history: HistoryEntry[]): number {
  const tests = history.filter((e): e is TestEntry => e.type === "test" && e.slug === slug);
  const mocks = history.flatMap((e) => (e.type === "mock" ? e.problems.filter((p) => p.slug === slug) : []));
  if (tests.length === 0 && mocks.length === 0) return 3;
  const everPassed = tests.some((e) => e.status === "passed") || mocks.some((p) => p.status === "passed");
  if (!everPassed) return 3;
  const lastMock = mocks[mocks.length - 1];
  if (lastMock && (lastMock.status !== "passed" || (lastMock.solvedAtMs ?? Infinity) > 25 * 60 * 1000)) return 2;
  const lastTest = tests[tests.length - 1];
  return lastTest && lastTest.status !== "passed" ? 2 : 1;
}

export function chooseProblems(problems: Problem[], history: HistoryEntry[], options: ChooseOptions): Problem[] {
  const pool = problems
    .filter((p) => !options.tag || p.meta.tags.includes(options.tag))
    .filter((p) => !options.difficulty || p.meta.difficulty === options.difficulty)
    .filter((p) => !p.meta.design || options.lang === "ts" || p.files.reference.py)
    .filter((p) => options.lang !== "torch" || p.files.reference.torch);
  if (pool.length === 0) throw new UsageError(`no problem matches${options.tag ? ` --tag ${options.tag}` : ""}${options.difficulty ? ` --difficulty ${options.difficulty}` : ""}`, options.lang === "torch" ? `${drillCommand("list --lang torch")} (PyTorch is there for the ML problems)` : drillCommand("list --tag ml"));
  const rng = createRng(options.seed);
  const chosen: Problem[] = [];
  const left = pool.map((p) => ({ problem: p, weight: weight(p.slug, history) }));
  while (chosen.length < options.count && left.length > 0) {
    const total = left.reduce((sum, x) => sum + x.weight, 0);
    let pick = rng.float(0, total);
    const index = left.findIndex((x) => (pick -= x.weight) < 0);
    chosen.push(left.splice(index < 0 ? left.length - 1 : index, 1)[0].problem);
  }
  return chosen;
}
