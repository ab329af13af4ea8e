import { describe, expect, it } from "vitest";
import { classesIn, parseComplexity } from "../../src/mock/complexity-answer.js";

describe("parseComplexity", () => {
  it.each([
    ["O(n)", "O(n)"],
    ["o(N)", "O(n)"],
    ["n", "O(n)"],
    ["linear", "O(n)"],
    ["O(n log n)", "O(n log n)"],
    ["nlogn", "O(n log n)"],
    ["O(N lg N)", "O(n log n)"],
    ["n^2", "O(n^2)"],
    ["O(n²)", "O(n^2)"],
    ["O(n*k)", "O(n^2)"],
    ["O(n * m)", "O(n^2)"],
    ["O(nm)", "O(n^2)"],
    ["O(n^2 log n)", "O(n^2 log n)"],
    ["O(n**3)", "O(n^3)"],
    ["cubic", "O(n^3)"],
    ["O(1)", "O(1)"],
    ["constant", "O(1)"],
    ["O(log n)", "O(log n)"],
    ["O(2^n)", "O(2^n)"],
    ["exponential", "O(2^n)"],
    ["O(min(n, m))", "O(n)"],
    ["I think it is O(n) because each index is pushed once", "O(n)"],
  ])("reads %s as %s", (answer, expected) => {
    expect(parseComplexity(answer)).toBe(expected);
  });

  it("gives up on what it cannot read", () => {
    expect(parseComplexity("fast")).toBeNull();
    expect(parseComplexity("")).toBeNull();
  });

  it("collects the classes a space description mentions", () => {
    expect(classesIn("O(n·m) table; O(min(n, m)) with two rows")).toEqual(["O(n^2)", "O(n)"]);
    expect(classesIn("O(k) beyond the output")).toEqual(["O(n)"]);
  });
});
