// A test run enters the history once: for the content that was run (a hash of the solution
// file), and once per workspace — two watch windows on one workspace, or a drill test beside a
// drill watch, run the same content and record it one time. The check and the append happen
// under a lock file, so two processes finishing together cannot both write.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { appendHistory, latestTests, readHistory, type TestEntry } from "./history.js";
import { withLock } from "./history-lock.js";

/** The solution file's content hash (what a run ran), or null when it cannot be read. */
export function solutionHash(file: string): string | null {
  try {
    return createHash("sha1").update(readFileSync(file)).digest("hex").slice(0, 16);
  } catch {
    return null;
  }
}

/**
 * Appends the run unless the workspace's latest run of that solution already recorded the same
 * content with the same outcome. Returns whether it was written.
 */
export function recordTestRun(workspace: string, entry: TestEntry): boolean {
  return withLock(workspace, () => {
    if (entry.hash) {
      const last = latestTests(readHistory(workspace).entries).get(`${entry.slug}:${entry.lang}`);
      const sameProbe = !entry.probe || (last?.probe?.ok === entry.probe.ok && last.probe.measured === entry.probe.measured);
      if (last && last.hash === entry.hash && last.status === entry.status && sameProbe) return false;
    }
    appendHistory(workspace, [entry]);
    return true;
  });
}
