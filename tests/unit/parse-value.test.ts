// The parser for drill's printed value syntax: what drill prints, it reads back.
import { describe, expect, it } from "vitest";
import { parseArgs, parseValue, splitExpected } from "../../src/cases/parse-value.js";
import { formatArgs, formatExactArgs } from "../../src/shared/format-value.js";

describe("parseValue", () => {
  it("reads numbers, strings, null, booleans, arrays and records", () => {
    expect(parseValue("[1, -2.5, 3e2, -Infinity]")).toEqual([1, -2.5, 300, -Infinity]);
    expect(parseValue(`"a\\"b"`)).toBe('a"b');
    expect(parseValue("'it'")).toBe("it");
    expect(parseValue("[3,9,20,null,null,15,7]")).toEqual([3, 9, 20, null, null, 15, 7]);
    expect(parseValue("[true, false, None, True]")).toEqual([true, false, null, true]);
    expect(parseValue('{ wq: [[1,0],[0,1]], "b q": [0] }')).toEqual({ wq: [[1, 0], [0, 1]], "b q": [0] });
    expect(parseValue("[[1,2],[3,4],]")).toEqual([[1, 2], [3, 4]]);
    expect(Number.isNaN(parseValue("NaN"))).toBe(true);
  });

  it("accepts the shape label drill prints before a tensor, and checks it", () => {
    expect(parseValue("(2×2) [[1,2],[3,4]]")).toEqual([[1, 2], [3, 4]]);
    expect(() => parseValue("(3×2) [[1,2],[3,4]]")).toThrow(/does not match the array, which is \(2×2\)/);
  });

  it("says where the text goes wrong and never evaluates code", () => {
    expect(() => parseValue("[1, 2")).toThrow(/expected "," or "\]" but the text ends/);
    expect(() => parseValue("process.exit(1)")).toThrow(/unknown word "process"/);
    expect(() => parseValue("[1,2,… +3 more]")).toThrow(/cut short/);
    expect(() => parseValue('"abc')).toThrow(/never closed/);
  });
});

describe("parseArgs", () => {
  const names = ["nums", "k"];
  it("reads named arguments in any order, or positional ones in the problem's order", () => {
    expect(parseArgs("nums = [1,3,-1,-3,5,3,6,7], k = 3", names)).toEqual({ ok: true, args: [[1, 3, -1, -3, 5, 3, 6, 7], 3] });
    expect(parseArgs("k=2, nums=[1]", names)).toEqual({ ok: true, args: [[1], 2] });
    expect(parseArgs("[1,2], 1", names)).toEqual({ ok: true, args: [[1, 2], 1] });
  });

  it("names what is missing, unknown, doubled or miscounted", () => {
    expect(parseArgs("nums = [1]", names)).toEqual({ ok: false, message: "missing k = …" });
    expect(parseArgs("nums = [1], kk = 2", names)).toMatchObject({ ok: false, message: expect.stringMatching(/no argument "kk" \(its arguments: nums, k\)/) });
    expect(parseArgs("nums = [1], nums = [2]", names)).toMatchObject({ ok: false, message: "nums is given twice" });
    expect(parseArgs("[1]", names)).toMatchObject({ ok: false, message: "1 argument given, the problem takes 2 (nums, k)" });
    expect(parseArgs("nums = [1,2, k = 1", names)).toMatchObject({ ok: false, message: expect.stringMatching(/at column 14/) });
  });

  it("reads back every input drill prints in full", () => {
    const args = [[[0.1 + 0.2, -1e-9], [3, 4]], { wq: [[1.5]], bq: [0] }, "a'b\"c", null, true];
    const argNames = ["x", "p", "s", "root", "causal"];
    expect(parseArgs(formatExactArgs(argNames, args), argNames)).toEqual({ ok: true, args });
    // The short form used in reports also parses when nothing was cut.
    expect(parseArgs(formatArgs(["nums", "k"], [[1, 2, 3], 2]), names)).toEqual({ ok: true, args: [[1, 2, 3], 2] });
  });
});

describe("splitExpected", () => {
  it("splits at the top-level => only", () => {
    expect(splitExpected('s = "a=>b", k = 1 => [1]')).toEqual({ args: 's = "a=>b", k = 1', expected: "[1]" });
    expect(splitExpected("nums = [1], k = 1")).toEqual({ args: "nums = [1], k = 1" });
  });
});
