import { appendFileSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendHistory, historyPath, latestTests, readHistory, type TestEntry } from "../../src/store/history.js";
import { tempDir } from "../helpers/cli.js";

const entry = (slug: string, status: TestEntry["status"]): TestEntry => ({
  v: 1,
  type: "test",
  at: new Date().toISOString(),
  slug,
  lang: "ts",
  status,
  passed: status === "passed" ? 3 : 1,
  total: 3,
  durationMs: 5,
});

describe("history", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it("appends entries and reads them back; the newest per problem wins", () => {
    appendHistory(dir.path, [entry("lcs", "failed")]);
    appendHistory(dir.path, [entry("lcs", "passed"), entry("mha", "failed")]);
    const read = readHistory(dir.path);
    expect(read.entries).toHaveLength(3);
    expect(read.damagedLines).toEqual([]);
    expect(latestTests(read.entries).get("lcs:ts")?.status).toBe("passed");
  });

  it("skips and reports a damaged line without losing the others", () => {
    appendHistory(dir.path, [entry("lcs", "passed")]);
    appendFileSync(historyPath(dir.path), '{"v":1,"type":"te'); // a write cut short
    appendHistory(dir.path, [entry("mha", "passed")]);
    const read = readHistory(dir.path);
    expect(read.entries.map((e) => (e.type === "mock" ? e.id : e.slug))).toEqual(["lcs", "mha"]);
    expect(read.damagedLines).toEqual([2]);
    expect(readFileSync(historyPath(dir.path), "utf8").split("\n")).toHaveLength(4);
  });

  it("reads a missing history as empty", () => {
    expect(readHistory(dir.path)).toEqual({ entries: [], damagedLines: [], lines: [], complete: 0 });
  });
});
