// A solution that misbehaves gets a verdict; drill keeps going and loses nothing.
import { describe, expect, it } from "vitest";
import { fixtureProblem, runSolutionText } from "../helpers/run-solution.js";

const problem = fixtureProblem("tiny-sum");
const good = `export function sumArray(nums: number[]): number {
  if (nums.length === 0) throw new RangeError("empty");
  return nums.reduce((a, b) => a + b, 0);
}`;

describe("TypeScript runner faults", () => {
  it("passes a correct solution, random cross-check included", async () => {
    const r = await runSolutionText(problem, good);
    expect(r.status).toBe("passed");
    expect(r.cases).toEqual({ total: 9, passed: 9, failed: 0 });
  });

  it("reports an endless loop as a time-out and stops there, as LeetCode does, saying why the rest did not run", async () => {
    const r = await runSolutionText(
      problem,
      `export function sumArray(nums: number[]): number {
        if (nums.length === 0) throw new RangeError("empty");
        if (nums[0] === 1) while (true) {}
        return nums.reduce((a, b) => a + b, 0);
      }`,
    );
    expect(r.status).toBe("failed");
    const loop = r.caseResults.find((c) => c.name === "three numbers")!;
    expect(loop.status).toBe("timeout");
    expect(loop.message).toMatch(/no answer within 1500 ms/);
    // One time-out, not one per remaining case: the rest are skipped at once.
    expect(r.caseResults.filter((c) => c.status === "timeout")).toHaveLength(1);
    const rest = r.caseResults.find((c) => c.name === "negatives")!;
    expect(rest).toMatchObject({ status: "skipped", message: "not run: an earlier case timed out" });
  });

  it("stops at the first failing case when asked, reporting the rest as skipped", async () => {
    const wrong = `export function sumArray(nums: number[]): number {
      if (nums.length === 0) throw new RangeError("empty");
      return nums.reduce((a, b) => a + b, 0) + 1;
    }`;
    const all = await runSolutionText(problem, wrong);
    const first = await runSolutionText(problem, wrong, undefined, { stopAtFirstFailure: true });
    expect(first.status).toBe("failed");
    expect(first.cases.total).toBe(all.cases.total);
    const failed = first.caseResults.filter((c) => c.status !== "passed" && c.status !== "skipped");
    expect(failed).toHaveLength(1);
    expect(all.caseResults.filter((c) => c.status !== "passed").length).toBeGreaterThan(1);
    const rest = first.caseResults.slice(first.caseResults.indexOf(failed[0]) + 1);
    expect(rest.length).toBeGreaterThan(0);
    for (const c of rest) expect(c).toMatchObject({ status: "skipped", message: "not run: stopped at the first failure" });
  });

  it("turns process.exit into a runtime error instead of ending drill", async () => {
    const r = await runSolutionText(problem, `export function sumArray(nums: number[]): number { process.exit(3); }`);
    expect(r.status).toBe("failed");
    expect(r.failures[0].status).toBe("runtime-error");
    expect(r.failures[0].message).toMatch(/process\.exit\(3\)/);
  });

  it("reports a syntax error with file, line, column and the offending line", async () => {
    const r = await runSolutionText(problem, `export function sumArray(nums: number[]): number {\n  return nums.reduce((a, b) => a + b, 0;\n}`);
    expect(r.status).toBe("error");
    expect(r.error?.kind).toBe("compile-error");
    expect(r.error?.detail).toMatch(/tiny-sum\.ts:2:\d+: Expected "\)" but found ";"\n\s+return nums\.reduce/);
  });

  it("reports an import error, and a missing export with what the file does export", async () => {
    const imported = await runSolutionText(problem, `import { x } from "./nowhere.js";\nexport function sumArray() { return x; }`);
    expect(imported.status).toBe("error");
    expect(imported.error?.message).toMatch(/importing the solution failed.*nowhere/);

    const misnamed = await runSolutionText(problem, `export function sum(nums: number[]) { return 0; }`);
    expect(misnamed.error?.message).toMatch(/does not export a function named sumArray \(it exports: sum\)/);
  });

  it("reports an endless loop at the top level of the file", async () => {
    const r = await runSolutionText(problem, `while (true) {}\nexport function sumArray() { return 0; }`);
    expect(r.status).toBe("error");
    expect(r.error?.message).toMatch(/did not finish within 5 s/);
  }, 20_000);

  it("points a runtime error at the user's own file and line", async () => {
    const r = await runSolutionText(problem, `export function sumArray(nums: number[]): number {\n  const o: any = null;\n  return o.x + nums.length;\n}`);
    const first = r.failures[0];
    expect(first.status).toBe("runtime-error");
    expect(first.message).toMatch(/^TypeError: Cannot read properties of null/);
    expect(first.stack).toMatch(/tiny-sum\.ts:3:\d+/);
  });

  it("captures printed output, cut short, apart from the result", async () => {
    const r = await runSolutionText(
      problem,
      `export function sumArray(nums: number[]): number { console.log("x".repeat(1_000_000)); return -1; }`,
    );
    const first = r.failures[0];
    expect(first.status).toBe("wrong-answer");
    expect(first.output!.length).toBeLessThan(5000);
    expect(first.output).toMatch(/more characters not shown/);
  });

  it("judges against its own expected values even when the solution mutates its input", async () => {
    const r = await runSolutionText(
      problem,
      `export function sumArray(nums: number[]): number {
        if (nums.length === 0) throw new RangeError("empty");
        const s = nums.reduce((a, b) => a + b, 0);
        nums.fill(0); nums.push(99);
        return s;
      }`,
    );
    expect(r.status).toBe("passed");
  });

  it("reports a returned nothing and a wrong type as invalid output", async () => {
    const r = await runSolutionText(problem, `export function sumArray(nums: number[]) { nums.reduce((a, b) => a + b, 0); }`);
    expect(r.failures[0].status).toBe("invalid-output");
    expect(r.failures[0].message).toMatch(/returned nothing \(undefined\)/);
    const s = await runSolutionText(problem, `export function sumArray(nums: number[]) { return "6"; }`);
    expect(s.failures[0].message).toBe("result should be an integer but is a string");
  });

  it("checks that invalid input throws the right error class", async () => {
    const r = await runSolutionText(problem, `export function sumArray(nums: number[]) { if (!nums.length) throw new Error("empty"); return nums.reduce((a, b) => a + b, 0); }`);
    const c = r.failures.find((f) => f.name === "empty is invalid")!;
    expect(c.status).toBe("wrong-answer");
    expect(c.message).toBe("invalid input (an empty array) should throw RangeError, but it threw Error: empty");
  });

  it("does not take a stack overflow for rejecting invalid input", async () => {
    const r = await runSolutionText(problem, `export function sumArray(nums: number[]): number { return sumArray(nums); }`);
    const c = r.caseResults.find((f) => f.name === "empty is invalid")!;
    expect(c.status).toBe("runtime-error");
    expect(c.message).toMatch(/^stack overflow \(RangeError: Maximum call stack size exceeded\)/);
  });

  it("survives a solution that runs out of memory", async () => {
    // A generous time limit, so a busy machine cannot turn the out-of-memory verdict into a time-out.
    const patient = { ...problem, meta: { ...problem.meta, limits: { caseMs: 20_000, runMs: 60_000 } } };
    const r = await runSolutionText(
      patient,
      `export function sumArray(nums: number[]): number {
        if (nums.length === 0) throw new RangeError("empty");
        if (nums[0] === 1) { const keep: number[][] = []; while (true) keep.push(new Array(1e6).fill(1.5)); }
        return nums.reduce((a, b) => a + b, 0);
      }`,
    );
    const oom = r.caseResults.find((c) => c.name === "three numbers")!;
    expect(oom.status).toBe("runtime-error");
    expect(oom.message).toMatch(/ran out of memory \(the limit is 512 MB\)/);
    expect(r.caseResults.find((c) => c.name === "negatives")!.status).toBe("passed");
  }, 90_000);
});
