// Code pasted from LeetCode's editor runs unchanged: plain (unexported) TypeScript functions
// using LeetCode's globals (Deque, Queue, lodash), Python's class Solution with LeetCode's
// method names and pre-imported names, and LeetCode's "0"/"1" string grids.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/registry/load.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import type { LanguageAdapter } from "../../src/runner/types.js";
import { repoRoot } from "../helpers/cli.js";
import { pythonAdapter, realProblem, runSolutionText } from "../helpers/run-solution.js";

const dir = join(repoRoot, "tests", "fixtures", "leetcode");
const adapters: Record<"ts" | "py", LanguageAdapter> = { ts: new TypeScriptAdapter({ keepWarm: true }), py: pythonAdapter({ keepWarm: true }) };
afterAll(() => Promise.all(Object.values(adapters).map((a) => a.dispose())));

describe("LeetCode-style solutions", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") || f.endsWith(".py"));

  it("covers every core problem in both languages", () => {
    for (const slug of ["sliding-window-max", "lcs", "maximal-square", "level-order", "mha", "mlp"]) {
      expect(files).toContain(`${slug}.ts`);
      expect(files).toContain(`${slug}.py`);
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
    expect(result.cases.total).toBe(84);
  });

  it("still reports a LeetCode-style solution that is wrong", async () => {
    const wrong = readFileSync(join(dir, "maximal-square.py"), "utf8").replace("return side * side", "return side");
    const result = await runSolutionText(realProblem("maximal-square"), wrong, adapters.py);
    expect(result.status).toBe("failed");
  });
});
