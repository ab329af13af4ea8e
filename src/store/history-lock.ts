// One writer at a time for the history's read-check-write steps (recording a run once, setting
// damaged lines aside): a lock file in .drill/, taken with O_EXCL, stale after a while.
import { closeSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { stateDir } from "../workspace/paths.js";
import { guardWrite } from "../workspace/write-error.js";

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 3_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `work` holding <workspace>/.drill/history.lock; without the lock after a wait (never stuck). */
export function withLock<T>(workspace: string, work: () => T): T {
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

