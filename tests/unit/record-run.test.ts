// A run is recorded once per workspace for the content that was run.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HISTORY_VERSION, readHistory, type TestEntry } from "../../src/store/history.js";
import { recordTestRun, solutionHash } from "../../src/store/record-run.js";
import { tempDir } from "../helpers/cli.js";

const run = (hash: string, status: TestEntry["status"] = "failed", probe?: TestEntry["probe"]): TestEntry => ({
  v: HISTORY_VERSION, type: "test", at: new Date().toISOString(), slug: "lcs", lang: "ts", status, passed: 1, total: 3, durationMs: 5, hash, ...(probe ? { probe } : {}),
});

describe("recordTestRun", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it("records the same content with the same outcome once, as two watch windows would report it", () => {
    expect(recordTestRun(dir.path, run("aaaa"))).toBe(true);
    expect(recordTestRun(dir.path, run("aaaa"))).toBe(false);
    expect(recordTestRun(dir.path, run("bbbb"))).toBe(true);
    expect(recordTestRun(dir.path, run("bbbb", "passed"))).toBe(true);
    expect(recordTestRun(dir.path, run("bbbb", "passed", { measured: "O(n^2)", target: "O(n^2)", ok: true }))).toBe(true);
    expect(readHistory(dir.path).entries.map((e) => (e as TestEntry).hash)).toEqual(["aaaa", "bbbb", "bbbb", "bbbb"]);
  });

  it("hashes what is on disk, and leaves no lock behind", () => {
    const file = join(dir.path, "lcs.ts");
    writeFileSync(file, "a");
    const first = solutionHash(file);
    writeFileSync(file, "b");
    expect(solutionHash(file)).not.toBe(first);
    expect(solutionHash(join(dir.path, "gone.ts"))).toBeNull();
    recordTestRun(dir.path, run("cccc"));
    expect(() => writeFileSync(join(dir.path, ".drill", "history.lock"), "", { flag: "wx" })).not.toThrow();
  });
});
