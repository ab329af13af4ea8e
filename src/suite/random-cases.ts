// The random cross-check: seeded inputs from the problem's generator at small sizes, in
// ascending size, with the reference's answers as expected values. Because sizes ascend,
// the first failure by size is the smallest failing input found.
import { checkKind } from "../registry/kinds.js";
import { boundsViolation, fitLeetcodeValues } from "../registry/leetcode-bounds.js";
import type { Problem } from "../registry/problem.js";
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
    checkGenerated(problem, args, n);
    const expected = await callEntry(reference, problem.call, structuredClone(args));
    cases.push({ name: `random #${i + 1} (n=${n})`, group: "random", args, expected, n });
  }
  return cases;
}

function checkGenerated(problem: Problem, args: unknown[], n: number): void {
  problem.argKinds.forEach((kind, j) => {
    const bad = checkKind(kind, args[j], problem.meta.args[j].name);
    if (bad) throw new Error(`${problem.slug}/generator.ts made an invalid input at n=${n}: ${bad}`);
  });
}

/** Draws per random case for LeetCode-style code before it gives up on that size. */
const LEETCODE_DRAWS = 40;

export interface LeetcodeRandomCases {
  /** Indexes (into the drill cross-check) of inputs outside LeetCode's constraints. */
  outside: Set<number>;
  /** Inputs drawn inside LeetCode's constraints in their place, with the reference's answers. */
  replacements: CaseSpec[];
}

const builtLeetcode = new Map<string, Promise<LeetcodeRandomCases>>();

/**
 * The cross-check for code written LeetCode's way: the same inputs where they are inside
 * LeetCode's constraints; in place of each one outside them, the first of several fresh draws
 * at the same size that is inside (else the draw with its values brought inside, else none).
 */
export function buildLeetcodeRandomCases(problem: Problem, seed: number, count = problem.meta.crossCheck.count): Promise<LeetcodeRandomCases> {
  const key = `${problem.dir}\0${seed}\0${count}`;
  let cases = builtLeetcode.get(key);
  if (!cases) {
    cases = generateLeetcodeCases(problem, seed, count);
    cases.catch(() => builtLeetcode.delete(key));
    builtLeetcode.set(key, cases);
  }
  return cases;
}

async function generateLeetcodeCases(problem: Problem, seed: number, count: number): Promise<LeetcodeRandomCases> {
  const bounds = problem.call.leetcodeBounds;
  const drill = await buildRandomCases(problem, seed, count);
  const result: LeetcodeRandomCases = { outside: new Set(), replacements: [] };
  if (!bounds) return result;
  const inside = (args: unknown[]) => boundsViolation(bounds, problem.argKinds, args) === null;
  const outside = drill.flatMap((c, i) => (inside(c.args) ? [] : [i]));
  if (outside.length === 0) return result;
  const [generator, reference] = await Promise.all([loadGenerator(problem), loadReference(problem)]);
  for (const i of outside) {
    result.outside.add(i);
    const n = drill[i].n ?? 1;
    let args: unknown[] | undefined;
    for (let draw = 1; draw <= LEETCODE_DRAWS && !args; draw++) {
      const candidate = generator.generate(n, createRng(deriveSeed(deriveSeed(seed, i), draw)));
      if (inside(candidate)) args = candidate;
      else if (draw === LEETCODE_DRAWS) {
        const fitted = fitLeetcodeValues(bounds, problem.argKinds, candidate, { scalars: true });
        if (inside(fitted)) args = fitted;
      }
    }
    if (!args) continue;
    checkGenerated(problem, args, n);
    let expected: unknown;
    try {
      expected = await callEntry(reference, problem.call, structuredClone(args));
    } catch {
      continue; // the fitted values made an input drill's own contract calls invalid
    }
    result.replacements.push({ name: drill[i].name, group: "random", args, expected, n });
  }
  return result;
}
