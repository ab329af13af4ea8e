// LeetCode's constraints as drill applies them: which bound an input breaks, inputs brought
// inside LeetCode's ranges for the probe, and sizes past LeetCode's.
import { describe, expect, it } from "vitest";
import { parseKind } from "../../src/registry/kinds.js";
import { beyondLeetcodeSizes, boundsViolation, compileBounds, fitLeetcodeValues, formatBound } from "../../src/registry/leetcode-bounds.js";

const args = (spec: Record<string, string>) => Object.entries(spec).map(([name, kind]) => ({ name, kind: parseKind(kind) }));

describe("LeetCode's constraints", () => {
  const numsK = args({ nums: "int[]", k: "int" });
  const bounds = compileBounds({ text: ["…"], lengths: { nums: [1, 100] }, values: { nums: [-10000, 10000], k: [1, 50] }, distinct: ["nums"] }, numsK);
  const kinds = numsK.map((a) => a.kind);

  it("names the bound an input breaks", () => {
    expect(boundsViolation(bounds, kinds, [[1, 2], 1])).toBeNull();
    expect(boundsViolation(bounds, kinds, [[], 1])).toBe("nums has length 0; LeetCode's is 1 to 100");
    expect(boundsViolation(bounds, kinds, [[2147483647], 1])).toBe("nums holds 2^31 - 1; LeetCode's values are -10^4 to 10^4");
    expect(boundsViolation(bounds, kinds, [[3, 3], 1])).toBe("nums holds 3 twice; LeetCode's values are all different");
  });

  it("counts a tree's nodes, every row of a grid, and characters", () => {
    const tree = compileBounds({ text: ["…"], lengths: { root: [1, 3] } }, args({ root: "tree" }));
    expect(boundsViolation(tree, [parseKind("tree")], [[1, null, 2, null, 3]])).toBeNull();
    expect(boundsViolation(tree, [parseKind("tree")], [[1, 2, 3, 4]])).toBe("root has 4 nodes; LeetCode's is 1 to 3");
    const grid = compileBounds({ text: ["…"], lengths: { grid: [1, 300], "grid[i]": [1, 300] } }, args({ grid: "int[][]" }));
    expect(boundsViolation(grid, [parseKind("int[][]")], [[[1], []]])).toBe("an element of grid has length 0; LeetCode's is 1 to 300");
    const text = compileBounds({ text: ["…"], chars: { s: "a-z" } }, args({ s: "string" }));
    expect(boundsViolation(text, [parseKind("string")], ["abc"])).toBeNull();
    expect(boundsViolation(text, [parseKind("string")], ["aBc"])).toBe('s holds "B"; LeetCode\'s characters are [a-z]');
  });

  it("brings a probe's values inside LeetCode's ranges, keeping their order, and leaves n alone", () => {
    const sorted = Array.from({ length: 1000 }, (_, i) => i * 1_000_000 - 5e8);
    const [fitted, k] = fitLeetcodeValues(bounds, kinds, [sorted, 500]) as [number[], number];
    expect(Math.min(...fitted)).toBe(-10000);
    expect(Math.max(...fitted)).toBe(10000);
    expect(fitted.every((v, i) => i === 0 || v >= fitted[i - 1])).toBe(true);
    expect(fitted.every(Number.isInteger)).toBe(true);
    expect(k).toBe(500); // a plain number argument is usually n itself in a probe
    const inside = [[1, 2, 3], 2];
    expect(fitLeetcodeValues(bounds, kinds, inside)).toBe(inside);
  });

  it("says when a size is past LeetCode's largest", () => {
    expect(beyondLeetcodeSizes(bounds, kinds, [new Array(100).fill(0), 1])).toBeNull();
    expect(beyondLeetcodeSizes(bounds, kinds, [new Array(51002).fill(0), 1])).toBe("nums ≤ 100 on LeetCode, 51,002 here");
  });

  it("rejects a constraint on an argument the problem does not have", () => {
    expect(() => compileBounds({ text: ["…"], lengths: { numbers: [1, 2] } }, numsK)).toThrow(/"numbers" is not an argument \(arguments: nums, k\)/);
  });

  it("writes numbers as LeetCode's statements do", () => {
    expect([formatBound(100), formatBound(10000), formatBound(-50000), formatBound(2 ** 31 - 1), formatBound(-(2 ** 31))]).toEqual(["100", "10^4", "-5·10^4", "2^31 - 1", "-2^31"]);
  });
});
