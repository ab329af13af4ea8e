// The random cross-check: seeded inputs from the problem's generator at small sizes, in
// ascending size, with the reference's answers as expected values. Because sizes ascend,
// the first failure by size is the smallest failing input found.
import { checkKind } from "../registry/kinds.js";
import type { Problem } from "../registry/load.js";
import { loadGenerator, loadReference } from "../runner/problem-modules.js";
import { createRng, deriveSeed } from "../random/rng.js";
import { callEntry } from "../runner/call.js";
import type { CaseSpec } from "./judge.js";

/** Built cases by problem folder, seed and count: watch mode rebuilds nothing on each save. */
const built = new Map<string, Promise<CaseSpec[]>>();

export function buildRandomCases(problem: Problem, seed: number, count = problem.meta.crossCheck.count): Promise<CaseSpec[]> {
  const key = `${problem.dir}\0${seed}\0${count}`;
  let cases = built.get(key);
  if (!cases) {
    cases = generateRandomCases(problem, seed, count);
    cases.catch(() => built.delete(key));
    built.set(key, cases);
  }
  return cases;
}

async function generateRandomCases(problem: Problem, seed: number, count: number): Promise<CaseSpec[]> {
  if (count === 0) return [];
  const [generator, reference] = await Promise.all([loadGenerator(problem), loadReference(problem)]);
  const maxN = problem.meta.crossCheck.maxN;
  const cases: CaseSpec[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor((i * maxN) / count);
    const args = generator.generate(n, createRng(deriveSeed(seed, i)));
    problem.argKinds.forEach((kind, j) => {
      const bad = checkKind(kind, args[j], problem.meta.args[j].name);
      if (bad) throw new Error(`${problem.slug}/generator.ts made an invalid input at n=${n}: ${bad}`);
    });
    const expected = await callEntry(reference, problem.call, structuredClone(args));
    cases.push({ name: `random #${i + 1} (n=${n})`, group: "random", args, expected, n });
  }
  return cases;
}
