// Design classes, in-place answers and node arguments, through the real worker.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/registry/load.js";
import { repoRoot } from "../helpers/cli.js";
import { runSolutionText } from "../helpers/run-solution.js";

const registry = loadRegistry(join(repoRoot, "tests", "fixtures", "registry-calls"));
const problem = (slug: string) => registry.problems.find((p) => p.slug === slug)!;

describe("call styles", () => {
  it("loads the fixture problems", () => {
    expect(registry.issues).toEqual([]);
  });

  it("drives a design class with LeetCode-style operations", async () => {
    const ok = await runSolutionText(problem("counter"), `export class Counter { t: number; constructor(s: number) { this.t = s; } add(x: number) { this.t += x; } value() { return this.t; } }`);
    expect(ok.status).toBe("passed");
    const bad = await runSolutionText(problem("counter"), `export class Counter { t = 0; constructor(s: number) {} add(x: number) { this.t += x; } value() { return this.t; } }`);
    expect(bad.failures[0].message).toBe("first difference at [3]: expected 10, received 5");
    const missing = await runSolutionText(problem("counter"), `export class Counter { constructor(s: number) {} value() { return 0; } }`);
    expect(missing.failures[0].message).toBe("TypeError: Counter has no method add()");
  });

  it("reads the answer of an in-place function from its argument", async () => {
    const ok = await runSolutionText(problem("reverse-in-place"), `export function reverseInPlace(a: number[]) { a.reverse(); }`);
    expect(ok.status).toBe("passed");
    const copy = await runSolutionText(problem("reverse-in-place"), `export function reverseInPlace(a: number[]) { return [...a].reverse(); }`);
    expect(copy.status).toBe("failed");
    expect(copy.failures[0].message).toMatch(/expected 3, received 1/);
  });

  it("passes node arguments as nodes of the tree and reads a returned node's value", async () => {
    const ok = await runSolutionText(
      problem("parent-of"),
      `type N = { val: number; left: N | null; right: N | null };
       export function parentOf(root: N | null, p: N): N | null {
         if (!root) return null;
         if (root.left === p || root.right === p) return root;
         return parentOf(root.left, p) ?? parentOf(root.right, p);
       }`,
    );
    expect(ok.failures).toEqual([]);
    expect(ok.status).toBe("passed");
  });
});
