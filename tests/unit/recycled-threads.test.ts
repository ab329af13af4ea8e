// A warm TypeScript adapter (watch, drill test over many files) runs solution after solution.
// A thread takes the next solution only when the last one left it as it found it: what one
// solution does to the built-ins, the globals or the timers never reaches the next.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import type { ProblemResult } from "../../src/suite/results.js";
import { runProblem } from "../../src/suite/run-problem.js";
import { tempDir } from "../helpers/cli.js";
import { fixtureProblem } from "../helpers/run-solution.js";

const problem = fixtureProblem("tiny-sum");

/** A correct sumArray whose first case prints `line` (the thread it ran in, a leaked global…). */
const solution = (line: string, prelude = "") => `import { threadId } from "node:worker_threads";
${prelude}
let printed = false;
export function sumArray(nums: number[]): number {
  if (!printed) console.log(${line});
  printed = true;
  if (nums.length === 0) throw new RangeError("empty");
  let total = 0;
  for (const x of nums) total += x;
  return total;
}
`;

describe("a warm TypeScript adapter", () => {
  let adapter: TypeScriptAdapter;
  let dir: ReturnType<typeof tempDir>;

  beforeEach(() => {
    adapter = new TypeScriptAdapter({ keepWarm: true });
    dir = tempDir();
  });
  afterEach(async () => {
    await adapter.dispose();
    dir.remove();
  });

  async function run(source: string): Promise<ProblemResult & { printed: string }> {
    writeFileSync(join(dir.path, "tiny-sum.ts"), source);
    const result = await runProblem(problem, { workspace: dir.path, cwd: dir.path, lang: "ts", adapter, seed: 1, ownCases: false });
    if (result === "cancelled") throw new Error("cancelled");
    return { ...result, printed: result.caseResults.map((c) => c.output ?? "").join("") };
  }

  it("runs the next solution in the same thread when the last one changed nothing", async () => {
    const first = await run(solution("`thread ${threadId}`"));
    const second = await run(solution("`thread ${threadId} again`"));
    expect(first.status).toBe("passed");
    expect(second.status).toBe("passed");
    const thread = first.printed.match(/thread (\d+)/)![1];
    expect(second.printed).toContain(`thread ${thread} again`);
  });

  it("gives the next solution a fresh thread when the last one patched a built-in or left a global", async () => {
    const patched = await run(solution("`thread ${threadId}`", "Array.prototype.includes = () => true;\n(globalThis as Record<string, unknown>).leaked = 1;"));
    const next = await run(solution("`thread ${threadId}: ${[1].includes(2)} ${typeof (globalThis as Record<string, unknown>).leaked}`"));
    expect(patched.status).toBe("passed");
    expect(next.status).toBe("passed");
    expect(next.printed).toContain(": false undefined");
    expect(next.printed).not.toContain(`thread ${patched.printed.match(/thread (\d+)/)![1]}:`);
  });

  it("gives the next solution a fresh thread when the last one left a timer running", async () => {
    const timer = await run(solution("`thread ${threadId}`", "setInterval(() => { (globalThis as Record<string, unknown>).ticked = true; }, 1);"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const next = await run(solution("`ticked: ${typeof (globalThis as Record<string, unknown>).ticked}`"));
    expect(timer.status).toBe("passed");
    expect(next.printed).toContain("ticked: undefined");
  });

  it("runs the same file a second time as a fresh module, its top-level state new again", async () => {
    const counting = `let calls = 0;
export function sumArray(nums: number[]): number {
  calls++;
  if (nums.length === 0) throw new RangeError("empty");
  return nums.reduce((a, b) => a + b, 0) + (calls > ${problem.cases.length + problem.meta.crossCheck.count} ? 1000 : 0);
}
`;
    expect((await run(counting)).status).toBe("passed");
    expect((await run(counting)).status).toBe("passed");
  });
});
