// Code pasted from LeetCode's editor runs unchanged: plain (unexported) TypeScript functions
// using LeetCode's globals (Deque, Queue, priority-queue 6, lodash), Python's class Solution with
// LeetCode's method names and pre-imported names, LeetCode's "0"/"1" string grids, judged inside
// LeetCode's constraints.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRegistry, type Lang } from "../../src/registry/load.js";
import { probeSolution } from "../../src/probe/run-probe.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import type { LanguageAdapter } from "../../src/runner/types.js";
import { repoRoot, tempDir } from "../helpers/cli.js";
import { pythonAdapter, realProblem, runSolutionText } from "../helpers/run-solution.js";

const dir = join(repoRoot, "tests", "fixtures", "leetcode");
const adapters: Record<"ts" | "py", LanguageAdapter> = { ts: new TypeScriptAdapter({ keepWarm: true }), py: pythonAdapter({ keepWarm: true }) };
afterAll(() => Promise.all(Object.values(adapters).map((a) => a.dispose())));

describe("LeetCode-style solutions", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") || f.endsWith(".py"));

  it("covers every core problem and every problem with a LeetCode number, in both languages", () => {
    const withNumber = loadRegistry(join(repoRoot, "problems")).problems.filter((p) => p.meta.leetcode).map((p) => p.slug);
    expect(withNumber.length).toBeGreaterThanOrEqual(30);
    for (const slug of ["mha", "mlp", ...withNumber]) {
      expect(files).toContain(`${slug}.ts`);
      expect(files).toContain(`${slug}.py`);
    }
  });

  it("every problem with a LeetCode number declares LeetCode's constraints", () => {
    for (const p of loadRegistry(join(repoRoot, "problems")).problems.filter((p) => p.meta.leetcode)) {
      expect(p.meta.leetcode?.constraints?.text.length, p.slug).toBeGreaterThan(0);
      expect(p.call.leetcodeBounds, p.slug).toBeDefined();
    }
  });

  it.each(files)("%s passes as pasted", async (file) => {
    const lang = extname(file).slice(1) as "ts" | "py";
    const problem = realProblem(file.slice(0, -extname(file).length));
    const result = await runSolutionText(problem, readFileSync(join(dir, file), "utf8"), adapters[lang]);
    expect(result.failures.map((f) => `${f.name}: ${f.message}`)).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe("passed");
  });

  it("leaves drill's invalid-input cases out for LeetCode-style code, and says so", async () => {
    const result = await runSolutionText(realProblem("sliding-window-max"), readFileSync(join(dir, "sliding-window-max.ts"), "utf8"), adapters.ts);
    expect(result.note).toMatch(/^written LeetCode's way: 4 invalid-input cases left out/);
    expect(result.note).toMatch(/1 case outside LeetCode's constraints left out \("32-bit extremes": nums holds 2\^31 - 1; LeetCode's values are -10\^4 to 10\^4\)/);
    expect(result.cases.total).toBe(83);
  });

  it("judges LeetCode-style code inside LeetCode's constraints, drill-style code on the full contract", async () => {
    // Both crash on an empty street; LeetCode never sends one (1 ≤ nums.length), drill's statement allows it.
    const body = "    let a = 0, b = nums[0];\n    for (let i = 1; i < nums.length; i++) [a, b] = [b, Math.max(b, a + nums[i])];\n    return b;\n}\n";
    const leetcodeStyle = await runSolutionText(realProblem("house-robber"), `function rob(nums: number[]): number {\n${body}`, adapters.ts);
    expect(leetcodeStyle.status).toBe("passed");
    expect(leetcodeStyle.note).toMatch(/1 case outside LeetCode's constraints left out \("no houses": nums has length 0; LeetCode's is 1 to 100\)/);
    expect(leetcodeStyle.note).toMatch(/random inputs? outside LeetCode's constraints drawn again inside them/);
    const drillStyle = await runSolutionText(realProblem("house-robber"), `export function rob(nums: number[]): number {\n${body}`, adapters.ts);
    expect(drillStyle.status).toBe("failed");
    expect(drillStyle.failures.map((f) => f.name)).toContain("no houses");
  });

  it("accepts LeetCode's entry name beside drill's, and a load error says which names drill looks for", async () => {
    const problem = realProblem("merge-intervals");
    const exported = await runSolutionText(problem, readFileSync(join(dir, "merge-intervals.ts"), "utf8").replace("function merge(", "export function merge("), adapters.ts);
    expect(exported.status).toBe("failed"); // drill's own contract: its invalid-input cases must throw
    const misnamedPy = await runSolutionText(problem, "class Solution:\n    def mergeIntervals(self, intervals):\n        return intervals\n", adapters.py);
    expect(misnamedPy.error?.message).toMatch(/does not define a function named merge_intervals \(it defines: Solution\); drill looks for merge_intervals, or LeetCode's class Solution with a method merge/);
    const misnamedTs = await runSolutionText(problem, "function mergeAll(intervals: number[][]) { return intervals; }\n", adapters.ts);
    expect(misnamedTs.error?.message).toMatch(/drill looks for mergeIntervals, or LeetCode's name merge, exported or declared/);
  });

  it("gives LeetCode's runtime: priority-queue 6 returns elements, Python has LeetCode's pre-imports and recursion limit", async () => {
    const pq = "function findKthLargest(nums: number[], k: number): number {\n    const q = new MaxPriorityQueue<number>();\n    for (const x of nums) q.enqueue(x);\n    for (let i = 1; i < k; i++) q.dequeue();\n    return q.front();\n}\n";
    expect((await runSolutionText(realProblem("kth-largest"), pq, adapters.ts)).status).toBe("passed");
    const deep = "class Solution:\n    def rob(self, nums: List[int]) -> int:\n        assert sys.getrecursionlimit() >= 550000, sys.getrecursionlimit()\n        assert ascii_lowercase[0] == 'a' and deepcopy([1]) == [1] and median([1, 2, 3]) == 2 and pow(3, 2, 5) == 4\n        a = b = 0\n        for x in nums:\n            a, b = b, max(b, a + x)\n        return b\n";
    const result = await runSolutionText(realProblem("house-robber"), deep, adapters.py);
    expect(result.failures.map((f) => f.message)).toEqual([]);
  });

  it("a probe failure only past LeetCode's bounds is not held against LeetCode-style code", async () => {
    const problem = realProblem("house-robber");
    const source = "import sys\nsys.setrecursionlimit(2000)\n\nclass Solution:\n    def rob(self, nums: List[int]) -> int:\n        @cache\n        def best(i):\n            return 0 if i < 0 else max(best(i - 1), best(i - 2) + nums[i])\n        return best(len(nums) - 1)\n";
    const work = tempDir();
    try {
      const file = join(work.path, "house-robber.py");
      writeFileSync(file, source);
      const report = await probeSolution(problem, { file, lang: "py", adapter: adapters.py, budgetMs: 1500, withReference: false });
      expect(report.note).toMatch(/where it threw RecursionError.*outside LeetCode's constraints \(nums ≤ 100 on LeetCode/);
      expect(report.ok).toBe(true);
    } finally {
      work.remove();
    }
  });

  it("still reports a LeetCode-style solution that is wrong", async () => {
    const wrong = readFileSync(join(dir, "maximal-square.py"), "utf8").replace("return side * side", "return side");
    const result = await runSolutionText(realProblem("maximal-square"), wrong, adapters.py);
    expect(result.status).toBe("failed");
  });
});
