import { describe, expect, it } from "vitest";
import { formatArgs, formatValue } from "../../src/shared/format-value.js";

describe("formatValue", () => {
  it("keeps short values whole", () => {
    expect(formatValue([1, 2, 3])).toBe("[1,2,3]");
    expect(formatValue("ab")).toBe('"ab"');
    expect(formatValue(undefined)).toBe("undefined");
  });

  it("cuts long lists and says how many items were left out", () => {
    expect(formatValue(Array.from({ length: 100 }, (_, i) => i), { maxItems: 3 })).toBe("[0,1,2,… +97 more]");
  });

  it("labels tensors with their shape and rounds floats", () => {
    expect(formatValue([[0.123456789, 1], [2, 3]])).toBe("(2×2) [[0.123457,1],[2,3]]");
  });

  it("never exceeds the character budget", () => {
    expect(formatValue("x".repeat(1000), { maxChars: 50 })).toHaveLength(50);
  });

  it("names arguments", () => {
    expect(formatArgs(["nums", "k"], [[1, 2], 2])).toBe("nums = [1,2], k = 2");
  });
});
