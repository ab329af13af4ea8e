import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { findProblem } from "../../src/registry/find.js";
import { isSafeSlug, loadRegistry } from "../../src/registry/load.js";
import { fixtureRegistry, repoRoot, tempDir } from "../helpers/cli.js";

describe("registry loading", () => {
  const registry = loadRegistry(fixtureRegistry);

  it("loads the good problem and reports each broken one by file and field", () => {
    expect(registry.problems.map((p) => p.slug)).toEqual(["tiny-sum"]);
    const issues = Object.fromEntries(registry.issues.map((i) => [i.slug, `${i.file}: ${i.message}`]));
    expect(issues["broken-json"]).toMatch(/^broken-json\/problem\.json: not valid JSON/);
    expect(issues["bad-field"]).toMatch(/^bad-field\/problem\.json: difficulty: /);
    expect(issues["bad-case"]).toBe('bad-case/cases.json: cases[2] ("one number").args[0]: nums[0] should be an integer but is 7.5');
  });

  it("names a missing file", () => {
    const dir = tempDir();
    try {
      cpSync(join(fixtureRegistry, "tiny-sum"), join(dir.path, "tiny-sum"), { recursive: true });
      writeFileSync(join(dir.path, "tiny-sum", "reference.ts"), "");
      rmSync(join(dir.path, "tiny-sum", "generator.ts"));
      const r = loadRegistry(dir.path);
      expect(r.issues).toEqual([{ slug: "tiny-sum", file: "tiny-sum/generator.ts", message: "missing" }]);
    } finally {
      dir.remove();
    }
  });

  it("names a problem's size it cannot relate to n", () => {
    const dir = tempDir();
    try {
      cpSync(join(fixtureRegistry, "tiny-sum"), join(dir.path, "tiny-sum"), { recursive: true });
      const file = join(dir.path, "tiny-sum", "problem.json");
      const meta = JSON.parse(readFileSync(file, "utf8"));
      meta.complexity.variables = { k: "n/4", m: "k/2" };
      writeFileSync(file, JSON.stringify(meta));
      const r = loadRegistry(dir.path);
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0].message).toMatch(/^complexity\.variables\.m: cannot read "k\/2" as a size in n/);
    } finally {
      dir.remove();
    }
  });

  it("the real registry loads without issues", () => {
    const real = loadRegistry(join(repoRoot, "problems"));
    expect(real.issues).toEqual([]);
    expect(real.problems.length).toBeGreaterThanOrEqual(1);
  });
});

describe("finding problems", () => {
  const registry = loadRegistry(fixtureRegistry);

  it("finds by slug, English title or Chinese title", () => {
    expect(findProblem(registry, "tiny-sum").slug).toBe("tiny-sum");
    expect(findProblem(registry, "Tiny Sum").slug).toBe("tiny-sum");
    expect(findProblem(registry, "小求和").slug).toBe("tiny-sum");
  });

  it("finds a problem by its LeetCode number or LeetCode title", () => {
    const real = loadRegistry(join(repoRoot, "problems"));
    expect(findProblem(real, "239").slug).toBe("sliding-window-max");
    expect(findProblem(real, "sliding window maximum").slug).toBe("sliding-window-max");
    expect(findProblem(real, "1143").slug).toBe("lcs");
  });

  it("suggests the closest slug for a typo", () => {
    expect(() => findProblem(registry, "tiny-sun")).toThrow(/unknown problem "tiny-sun"; did you mean "tiny-sum"\?/);
  });

  it("refuses path-like names as a usage error", () => {
    expect(() => findProblem(registry, "../etc")).toThrow(UsageError);
    expect(isSafeSlug("a/b")).toBe(false);
    expect(isSafeSlug("lcs")).toBe(true);
  });

  it("explains why a broken problem cannot be used", () => {
    expect(() => findProblem(registry, "bad-field")).toThrow(/could not be loaded: bad-field\/problem\.json/);
  });
});
