// Python solutions run by real python3 (with numpy): the same verdicts as TypeScript.
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureProblem, pythonAdapter, realProblem, runSolutionText } from "../helpers/run-solution.js";

const problem = fixtureProblem("tiny-sum");
const adapter = pythonAdapter({ keepWarm: true });
afterAll(() => adapter.dispose());
const run = (source: string) => runSolutionText(problem, source, adapter);

const good = `def sum_array(nums):
    if not nums:
        raise ValueError("empty")
    return sum(nums)
`;

describe("Python runner", () => {
  it("passes a correct solution, random cross-check included", async () => {
    const r = await run(good);
    expect(r.failures).toEqual([]);
    expect(r.cases).toEqual({ total: 9, passed: 9, failed: 0 });
  });

  it("checks that invalid input raises ValueError", async () => {
    const r = await run(`def sum_array(nums):\n    return sum(nums)\n`);
    const c = r.failures.find((f) => f.name === "empty is invalid")!;
    expect(c.message).toBe("invalid input (an empty array) should throw ValueError, but it returned 0");
  });

  it("kills an endless loop (and anything it started) and stops there, skipping the remaining cases", async () => {
    const pidFile = join(tmpdir(), `drill-child-${process.pid}.txt`);
    const r = await run(`import subprocess, sys
def sum_array(nums):
    if not nums:
        raise ValueError("empty")
    if nums[0] == 1:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        open(${JSON.stringify(pidFile)}, "w").write(str(child.pid))
        while True:
            pass
    return sum(nums)
`);
    const loop = r.caseResults.find((c) => c.name === "three numbers")!;
    expect(loop.status).toBe("timeout");
    expect(r.caseResults.find((c) => c.name === "negatives")).toMatchObject({ status: "skipped", message: "not run: an earlier case timed out" });
    const childPid = Number(readFileSync(pidFile, "utf8"));
    rmSync(pidFile);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const alive = (() => {
      try {
        process.kill(childPid, 0);
        return !readFileSync(`/proc/${childPid}/stat`, "utf8").includes(") Z ");
      } catch {
        return false;
      }
    })();
    expect(alive).toBe(false);
  });

  it("turns sys.exit into a runtime error, and survives os._exit", async () => {
    const exit = await run(`import sys\ndef sum_array(nums):\n    sys.exit(3)\n`);
    expect(exit.failures[0].message).toBe("SystemExit: the solution called sys.exit(3); return a value instead");
    const hard = await run(`import os\ndef sum_array(nums):\n    os._exit(4)\n`);
    expect(hard.failures[0].status).toBe("runtime-error");
    expect(hard.failures[0].message).toMatch(/stopped unexpectedly \(exit code 4\)/);
  });

  it("reports a syntax error with file, line, column and the line", async () => {
    const r = await run(`def sum_array(nums):\n    return sum(nums\n`);
    expect(r.status).toBe("error");
    expect(r.error?.kind).toBe("compile-error");
    expect(r.error?.detail).toMatch(/tiny-sum\.py:2:\d+: SyntaxError: '\(' was never closed\n\s+return sum\(nums/);
  });

  it("names a missing module and a missing function", async () => {
    const imported = await run(`import no_such_module_here\ndef sum_array(nums):\n    return 0\n`);
    expect(imported.error?.message).toMatch(/importing the solution failed: ModuleNotFoundError: cannot import module 'no_such_module_here'/);
    const misnamed = await run(`def total(nums):\n    return 0\n`);
    expect(misnamed.error?.message).toMatch(/does not define a function named sum_array \(it defines: total\)/);
  });

  it("shows the user's own frames of a traceback, and what was printed, cut short", async () => {
    const r = await run(`def helper(nums):\n    return nums[99]\n\ndef sum_array(nums):\n    print("x" * 100000)\n    return helper(nums)\n`);
    const first = r.failures[0];
    expect(first.message).toBe("IndexError: list index out of range");
    expect(first.stack).toMatch(/at sum_array \(tiny-sum\.py:6\)\n\s*at helper \(tiny-sum\.py:2\)/);
    expect(first.output!.length).toBeLessThan(5000);
    expect(first.output).toMatch(/more characters not shown/);
  });

  it("converts numpy results and reports a set as invalid output", async () => {
    const np = await run(`import numpy as np\ndef sum_array(nums):\n    if not nums:\n        raise ValueError()\n    return np.int64(np.sum(np.array(nums)))\n`);
    expect(np.status).toBe("passed");
    const set = await run(`def sum_array(nums):\n    return {1}\n`);
    expect(set.failures[0].status).toBe("invalid-output");
    expect(set.failures[0].message).toMatch(/contains a set \(return a list\)/);
  });

  it("reports a memory blow-up as a verdict", async () => {
    const patient = { ...problem, meta: { ...problem.meta, limits: { caseMs: 20_000, runMs: 60_000 } } };
    const r = await runSolutionText(patient, `import numpy as np\ndef sum_array(nums):\n    blocks = []\n    while True:\n        blocks.append(np.empty(1 << 25))\n`, adapter);
    expect(r.failures[0].status).toBe("runtime-error");
    expect(r.failures[0].message).toMatch(/^MemoryError: ran out of memory/);
  });

  it("gives tensors as float64 arrays and takes arrays back (mha reference style)", async () => {
    const mha = realProblem("mha");
    const source = `import numpy as np
def multi_head_attention(x, p, num_heads, causal=False):
    assert isinstance(x, np.ndarray) and x.dtype == np.float64
    assert isinstance(p["wq"], np.ndarray)
    raise ValueError("stop")
`;
    const r = await runSolutionText(mha, source, adapter);
    expect(r.failures.length).toBeGreaterThan(0);
    expect(r.failures.filter((f) => f.message !== "ValueError: stop" && !f.throws)).toEqual([]);
  });
});
