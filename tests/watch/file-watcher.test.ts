// The solution watcher against the real file system: saves count however early they land,
// a save that changes nothing is no save, and a deleted file is reported as gone.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSolutionFile, SolutionWatcher, type SolutionFileEvent } from "../../src/watch/file-watcher.js";
import { tempDir } from "../helpers/cli.js";

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("the watcher never reported the change");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("SolutionWatcher", () => {
  let dir: ReturnType<typeof tempDir>;
  let watcher: SolutionWatcher | undefined;
  let events: SolutionFileEvent[];
  let workspace: string;
  beforeEach(() => {
    dir = tempDir();
    workspace = join(dir.path, "solutions");
    mkdirSync(workspace);
    events = [];
  });
  afterEach(async () => {
    await watcher?.close();
    dir.remove();
  });
  const start = () =>
    (watcher = new SolutionWatcher({ workspace, accepts: isSolutionFile, onChange: (event) => events.push(event) }));

  it("reports a save made while the folder is still being scanned", async () => {
    const file = join(workspace, "lcs.ts");
    writeFileSync(file, "// stub\n");
    start();
    writeFileSync(file, "// solved\n");
    await until(() => events.length > 0);
    expect(events[0]).toEqual({ path: file, exists: true });
  });

  it("ignores a save that leaves the content as it was, and reports a deletion", async () => {
    const file = join(workspace, "lcs.py");
    writeFileSync(file, "pass\n");
    start();
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(file, "pass\n");
    writeFileSync(join(workspace, "notes.md"), "not a solution\n");
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
    rmSync(file);
    await until(() => events.length > 0);
    expect(events).toEqual([{ path: file, exists: false }]);
  });
});
