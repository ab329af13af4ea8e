// Which cases code written LeetCode's way is judged on: drill's fixed cases inside LeetCode's
// constraints (LeetCode never sends the others, nor invalid input), and a random cross-check
// whose inputs are drawn inside them. drill-style code keeps drill's full contract.
import type { Problem } from "../registry/problem.js";
import { boundsViolation } from "../registry/leetcode-bounds.js";
import type { CaseSpec } from "./judge.js";
import { buildLeetcodeRandomCases } from "./random-cases.js";

export interface LeetcodeCases {
  /** Fixed cases (by index) whose input is outside LeetCode's constraints, and the bound each breaks. */
  outsideFixed: { id: number; name: string; why: string }[];
  /** Random cross-check inputs (by index) outside LeetCode's constraints. */
  outsideRandom: Set<number>;
  /** Inputs drawn inside LeetCode's constraints in their place. */
  replacements: CaseSpec[];
}

export async function leetcodeCases(problem: Problem, fixed: CaseSpec[], seed: number, randomCount?: number): Promise<LeetcodeCases> {
  const bounds = problem.call.leetcodeBounds;
  if (!bounds) return { outsideFixed: [], outsideRandom: new Set(), replacements: [] };
  const outsideFixed = fixed.flatMap((c, id) => {
    if (c.throws) return [];
    const why = boundsViolation(bounds, problem.argKinds, c.args);
    return why ? [{ id, name: c.name, why }] : [];
  });
  const random = await buildLeetcodeRandomCases(problem, seed, randomCount);
  return { outsideFixed, outsideRandom: random.outside, replacements: random.replacements };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What was left out for LeetCode-style code, and why, in one line; undefined when nothing was. */
export function leetcodeNote(specs: CaseSpec[], leetcode: LeetcodeCases): string | undefined {
  const parts: string[] = [];
  const invalid = specs.filter((s) => s.throws).length;
  if (invalid) parts.push(`${plural(invalid, "invalid-input case")} left out (LeetCode never passes invalid input; drill's own signature asks to reject it)`);
  const outside = leetcode.outsideFixed;
  if (outside.length) {
    const shown = outside.slice(0, 2).map((o) => `"${o.name}": ${o.why}`);
    if (outside.length > 2) shown.push(`${outside.length - 2} more`);
    parts.push(`${plural(outside.length, "case")} outside LeetCode's constraints left out (${shown.join("; ")})`);
  }
  const redrawn = leetcode.outsideRandom.size;
  if (redrawn) {
    const dropped = redrawn - leetcode.replacements.length;
    parts.push(`${plural(redrawn, "random input")} outside LeetCode's constraints drawn again inside them${dropped ? ` (${dropped} could not be, and were left out)` : ""}`);
  }
  return parts.length ? `written LeetCode's way: ${parts.join("; ")}` : undefined;
}
