// The probe as a library: a program imports "drill/probe" from the built package and measures
// its own functions with it.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";

describe('import { probe, probeSpace } from "drill/probe"', () => {
  it("measures a caller's functions: points, slope, alternatives, n range, and a class that tells a linear sum from a pairs loop", { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, [join(repoRoot, "tests", "fixtures", "api", "probe-client.mjs")], { cwd: repoRoot, encoding: "utf8" });
    const { linear, quadratic, copies } = JSON.parse(out);
    for (const result of [linear, quadratic]) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(["measured", "points", "slope", "alternatives", "nRange"]));
      expect(result.points.length).toBeGreaterThanOrEqual(6);
      expect(result.alternatives.length).toBeGreaterThanOrEqual(7);
    }
    // One power of n apart: a margin no busy machine closes.
    expect(quadratic.slope - linear.slope).toBeGreaterThan(0.6);
    expect(["O(n)", "O(n log n)"]).toContain(linear.measured);
    expect(["O(n^2)", "O(n^2 log n)"]).toContain(quadratic.measured);
    expect(copies.measured).toBe("O(n)");
  });
});
