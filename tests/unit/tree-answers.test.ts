// Trees as answers: a returned or in-place tree that reaches a node twice is reported by name
// instead of serialised without end, and sorted-array-to-bst accepts any balanced search tree.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importTsModule } from "../../src/runner/compile-ts.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import { fixtureSolutions, repoRoot } from "../helpers/cli.js";
import { pythonAdapter, realProblem, runSolutionText } from "../helpers/run-solution.js";

const ts = new TypeScriptAdapter({ keepWarm: true });
const py = pythonAdapter({ keepWarm: true });
afterAll(() => Promise.all([ts.dispose(), py.dispose()]));

const fixture = (slug: string, file: string) => readFileSync(join(fixtureSolutions, slug, file), "utf8");

describe("a tree that reaches a node twice", () => {
  it("is a runtime error naming the node in TypeScript (flatten that keeps its left pointers)", async () => {
    const result = await runSolutionText(realProblem("flatten-tree"), fixture("flatten-tree", "wrong/left-not-cleared.ts"), ts);
    const first = result.failures.find((f) => f.name === "example: six nodes");
    expect(first?.message).toMatch(/reaches the node with value \d+ twice/);
  });

  it("is invalid output naming the node in Python (invert that overwrites left first)", async () => {
    const result = await runSolutionText(realProblem("invert-tree"), fixture("invert-tree", "wrong/overwrites_left_first.py"), py);
    const first = result.failures.find((f) => f.name === "example: perfect tree of 7");
    expect(first?.status).toBe("invalid-output");
    expect(first?.message).toMatch(/a node reached twice \(value 7/);
  });

  it("is still read normally when every node has one parent (in place, Python)", async () => {
    const result = await runSolutionText(realProblem("flatten-tree"), fixture("flatten-tree", "correct/splice_left.py"), py);
    expect(result.failures).toEqual([]);
    expect(result.status).toBe("passed");
  });
});

describe("sorted-array-to-bst checker", () => {
  type Check = (input: { args: unknown[]; expected: unknown; actual: unknown }) => string | null;
  const load = async () => (await importTsModule<{ check: Check }>(join(repoRoot, "problems", "sorted-array-to-bst", "checker.ts"))).check;
  const nums = [-10, -3, 0, 5, 9];
  const run = async (actual: (number | null)[]) => (await load())({ args: [nums], expected: [0, -3, 9, -10, null, 5], actual });

  it("accepts either middle at every level", async () => {
    expect(await run([0, -3, 9, -10, null, 5])).toBeNull();
    expect(await run([0, -10, 5, null, -3, null, 9])).toBeNull();
  });

  it("says which node is out of balance for a chain", async () => {
    expect(await run([-10, null, -3, null, 0, null, 5, null, 9])).toBe(
      "not height-balanced: the node -10 has subtrees of heights 0 and 4 (they may differ by at most 1)",
    );
  });

  it("names missing values and out-of-order trees", async () => {
    expect(await run([0, -10, 9])).toMatch(/3 node\(s\) but nums has 5 value\(s\) \(missing: \[-3, 5\]\)/);
    expect(await run([-10, -3, 0, 5, 9])).toMatch(/in-order walk reads \[5, -3, 9, -10, 0\]/);
  });
});
