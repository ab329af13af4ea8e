import { describe, expect, it } from "vitest";
import { exactChecker } from "../../src/checker/exact.js";
import { floatChecker } from "../../src/checker/float.js";
import { unorderedChecker } from "../../src/checker/unordered.js";

const args: unknown[] = [];

describe("exact checker", () => {
  it("passes equal values and reports the first differing index", () => {
    expect(exactChecker.check({ args, expected: [[1], [2, 3]], actual: [[1], [2, 3]] })).toEqual({ ok: true });
    const r = exactChecker.check({ args, expected: [3, 3, 5, 5], actual: [3, 5, 5, 5] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toBe("first difference at [1]: expected 3, received 5");
      expect(r.difference?.path).toBe("[1]");
    }
  });

  it("says when lengths differ", () => {
    const r = exactChecker.check({ args, expected: [1, 2, 3], actual: [1, 2] });
    expect(!r.ok && r.message).toBe("expected 3 items, received 2; first difference at [2]: expected 3, received nothing");
  });
});

describe("float checker", () => {
  const check = floatChecker({ abs: 1e-6, rel: 1e-6 });

  it("accepts differences inside the tolerance", () => {
    expect(check.check({ args, expected: [[0.1, 0.2]], actual: [[0.1 + 1e-9, 0.2 - 1e-9]] }).ok).toBe(true);
  });

  it("reports the first element out of tolerance, max errors and shapes", () => {
    const expected = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
    const actual = [[[1, 2], [3, 4]], [[5, 6.5], [7, 9]]];
    const r = check.check({ args, expected, actual });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.difference?.path).toBe("[1][0][1]");
    expect(r.difference?.maxAbsError).toBe(1);
    expect(r.difference?.expectedShape).toEqual([2, 2, 2]);
    expect(r.message).toContain("max abs error 1.00e+0");
  });

  it("flags NaN as an overflow hint", () => {
    const r = check.check({ args, expected: [0.5, 0.5], actual: [NaN, NaN] });
    expect(!r.ok && r.message).toContain("NaN: an overflow or a division by zero?");
  });

  it("reports a shape mismatch instead of comparing numbers", () => {
    const r = check.check({ args, expected: [[1, 2, 3], [4, 5, 6]], actual: [[1, 2], [3, 4], [5, 6]] });
    expect(!r.ok && r.message).toContain("shape (3, 2) where (2, 3) was expected");
  });

  it("walks records (mlp-style results) and names the field", () => {
    const expected = { loss: 1, grads: { W: [[[1, 2]], [[3]]] } };
    const actual = { loss: 1, grads: { W: [[[1, 2]], [[3.5]]] } };
    const r = check.check({ args, expected, actual });
    expect(!r.ok && r.difference?.path).toBe("grads.W[1][0][0]");
    expect(!r.ok && r.difference?.expectedShape).toEqual([1, 1]);
  });
});

describe("unordered checker", () => {
  it("ignores the order of the outer list, and of inner lists at depth 2", () => {
    expect(unorderedChecker(1).check({ args, expected: [[1, 2], [3]], actual: [[3], [1, 2]] }).ok).toBe(true);
    expect(unorderedChecker(1).check({ args, expected: [[1, 2]], actual: [[2, 1]] }).ok).toBe(false);
    expect(unorderedChecker(2).check({ args, expected: [["eat", "tea"], ["bat"]], actual: [["bat"], ["tea", "eat"]] }).ok).toBe(true);
  });

  it("names missing and unexpected items, counting duplicates", () => {
    const r = unorderedChecker(1).check({ args, expected: [1, 1, 2], actual: [1, 2, 3] });
    expect(!r.ok && r.message).toBe("missing 1: 1; unexpected 1: 3 (the order does not matter)");
  });
});
