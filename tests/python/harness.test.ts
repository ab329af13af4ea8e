// The Python harness's own unit tests (tests/python/harness/test_*.py, plain unittest), run by
// npm test: a failing Python test fails this file, with unittest's report in the message.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";

describe("the Python harness package", () => {
  it("passes its unittest suite (values, calling conventions, protocol, timing, memory)", { timeout: 300_000 }, () => {
    const folder = join(repoRoot, "tests", "python", "harness");
    const result = spawnSync("python3", ["-m", "unittest", "discover", "-s", folder, "-t", folder, "-p", "test_*.py"], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 280_000,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
    });
    const report = `${result.stderr ?? ""}${result.error ? String(result.error) : ""}`;
    expect(result.status, report).toBe(0);
    expect(report).toMatch(/\nOK/);
    const ran = Number(/Ran (\d+) tests?/.exec(report)?.[1] ?? 0);
    expect(ran, report).toBeGreaterThanOrEqual(40);
  });
});
