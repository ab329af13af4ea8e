// @case lines → cases: trees and records parse, the reference supplies answers, invalid input
// becomes a must-throw case, and every unusable line says why with its line number.
import { describe, expect, it } from "vitest";
import { buildOwnCases, findCaseLines } from "../../src/cases/own-cases.js";
import { createChecker } from "../../src/checker/index.js";
import { realProblem } from "../helpers/run-solution.js";

describe("your own cases", () => {
  it("finds @case lines by the language's comment mark only", () => {
    const source = "// @case a = 1\n# @case a = 2\n  //@case a = 3\n// not @case a = 4\n";
    expect(findCaseLines(source, "ts")).toEqual([
      { line: 1, text: "a = 1" },
      { line: 3, text: "a = 3" },
    ]);
    expect(findCaseLines(source, "py")).toEqual([{ line: 2, text: "a = 2" }]);
  });

  it("builds trees from level-order arrays and takes the answer from the reference", async () => {
    const problem = realProblem("level-order");
    const own = await buildOwnCases("// @case root = [3,9,20,null,null,15,7]\n// @case root = []\n", "ts", problem, await createChecker(problem));
    expect(own.errors).toEqual([]);
    expect(own.cases.map((c) => c.expected)).toEqual([[[3], [9, 20], [15, 7]], []]);
  });

  it("reads records and tensors, and marks input the problem calls invalid", async () => {
    const problem = realProblem("mha");
    const p = "{ wq: [[1,0],[0,1]], wk: [[1,0],[0,1]], wv: [[1,0],[0,1]], wo: [[1,0],[0,1]], bq: [0,0], bk: [0,0], bv: [0,0], bo: [0,0] }";
    const source = [`# @case x = (1×1×2) [[[1,2]]], p = ${p}, numHeads = 1, causal = false`, `# @case x = [[[1,2]]], p = ${p}, numHeads = 3, causal = false`].join("\n");
    const own = await buildOwnCases(source, "py", problem, await createChecker(problem));
    expect(own.errors).toEqual([]);
    expect(own.cases[0].expected).toEqual([[[1, 2]]]);
    expect(own.cases[1]).toMatchObject({ name: "line 2", throws: true });
  });

  it("reports a bad expected value, an answer given for invalid input, and a wrong kind, each on its line", async () => {
    const problem = realProblem("sliding-window-max");
    const source = ["// @case nums = [1], k = 1 => [1", "// @case nums = [1], k = 5 => []", '// @case nums = "abc", k = 1', "// @case nums = [2], k = 1 => [2]"].join("\n");
    const own = await buildOwnCases(source, "ts", problem, await createChecker(problem));
    expect(own.errors.map((e) => e.line)).toEqual([1, 2, 3]);
    expect(own.errors[0].message).toMatch(/^after "=>": expected "," or "\]".*the syntax is: \/\/ @case nums = …, k = … \[=> expected\]$/);
    expect(own.errors[1].message).toMatch(/invalid for the problem \(k < 1 or k > len\(nums\)\).*drop "=> …"/);
    expect(own.errors[2].message).toBe("nums should be an array but is a string");
    expect(own.cases).toEqual([expect.objectContaining({ name: "line 4", expected: [2], why: "your case, with your expected answer" })]);
  });
});
