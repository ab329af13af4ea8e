import { describe, expect, it } from "vitest";
import { checkKind, parseKind, tensorShape } from "../../src/registry/kinds.js";

describe("kinds", () => {
  it("parses nested array kinds and records", () => {
    expect(parseKind("int[][]")).toEqual({ type: "array", of: { type: "array", of: { type: "int" } } });
    expect(parseKind({ W: "tensor[]" })).toEqual({ type: "record", fields: { W: { type: "array", of: { type: "tensor" } } } });
    expect(() => parseKind("matrix")).toThrow(/unknown kind "matrix"/);
  });

  it("names the first element that does not fit", () => {
    expect(checkKind(parseKind("int[]"), [1, 2, 3.5], "nums")).toBe("nums[2] should be an integer but is 3.5");
    expect(checkKind(parseKind("int[]"), [1, 2], "nums")).toBeNull();
    expect(checkKind(parseKind({ wq: "tensor", bq: "tensor" }), { wq: [[1]] }, "p")).toBe("p.bq is missing");
    expect(checkKind(parseKind("tree"), [1, null, "x"], "root")).toBe("root[2] should be an integer or null");
  });

  it("measures rectangular tensors and rejects ragged ones", () => {
    expect(tensorShape([[[1, 2], [3, 4], [5, 6]]])).toEqual([1, 3, 2]);
    expect(tensorShape([[1, 2], [3]])).toMatch(/rows must all be the same length/);
    expect(tensorShape(5)).toEqual([]);
  });
});
