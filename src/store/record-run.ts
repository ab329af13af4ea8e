// A test run enters the history once: for the content that was run (a hash of the solution
// file), and once per workspace — two watch windows on one workspace, or a drill test beside a
// drill watch, run the same content and record it one time. The check and the append happen
// under a lock file, so two processes finishing together cannot both write.
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { stateDir } from "../workspace/paths.js";
import { guardWrite } from "../workspace/write-error.js";
import { appendHistory, latestTests, readHistory, type TestEntry } from "./history.js";

/** The solution file's content hash (what a run ran), or null when it cannot be read. */
export function solutionHash(file: string): string | null {
  try {
    return createHash("sha1").update(readFileSync(file)).digest("hex").slice(0, 16);
  } catch {
    return null;
  }
}

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 3_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `work` holding <workspace>/.drill/history.lock; without the lock after a wait (never stuck). */
function withLock<T>(workspace: string, work: () => T): T {
  const lock = join(stateDir(workspace), "history.lock");
  guardWrite(workspace, () => mkdirSync(stateDir(workspace), { recursive: true }));
  const deadline = Date.now() + LOCK_WAIT_MS;
  let held = false;
  while (!held && Date.now() < deadline) {
    try {
      closeSync(openSync(lock, "wx"));
      held = true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") guardWrite(workspace, () => { throw error; });
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { force: true });
      } catch {
        // gone already
      }
      sleep(20);
    }
  }
  try {
    return work();
  } finally {
    if (held) rmSync(lock, { force: true });
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
