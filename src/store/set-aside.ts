// Damaged state is set aside once, never overwritten unseen: a damaged quiz.json or state.json
// moves to .drill/backup/ (drill starts that file afresh and says where the old one went), and
// the history's damaged lines move to a file of their own there, the rest kept in place.
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { basename, join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { backupDir } from "../workspace/paths.js";
import { guardWrite } from "../workspace/write-error.js";
import { historyPath, readHistory } from "./history.js";
import { withLock } from "./history-lock.js";

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

function freshPath(base: string): string {
  let path = base;
  for (let i = 2; existsSync(path); i++) path = `${base}-${i}`;
  return path;
}

/** Moves a damaged file into .drill/backup/ (<name>.damaged-<date-time>); returns where it went. */
export function setAsideFile(workspace: string, path: string): string {
  return guardWrite(workspace, () => {
    mkdirSync(backupDir(workspace), { recursive: true });
    const target = freshPath(join(backupDir(workspace), `${basename(path)}.damaged-${stamp()}`));
    renameSync(path, target);
    return target;
  });
}

/**
 * Moves the history's damaged lines to .drill/backup/history-damaged-<date-time>.jsonl and keeps
 * the rest; returns the line numbers and where they went, or null when nothing was damaged.
 */
export function setAsideDamagedLines(workspace: string): { lines: number[]; path: string } | null {
  return withLock(workspace, () => {
    const { damagedLines } = readHistory(workspace);
    if (damagedLines.length === 0) return null;
    return guardWrite(workspace, () => {
      const lines = readFileSync(historyPath(workspace), "utf8").split("\n");
      const damaged = new Set(damagedLines);
      mkdirSync(backupDir(workspace), { recursive: true });
      const target = freshPath(join(backupDir(workspace), `history-damaged-${stamp()}.jsonl`));
      writeFileAtomic.sync(target, damagedLines.map((n) => lines[n - 1]).join("\n") + "\n");
      const kept = lines.filter((line, i) => line.trim() && !damaged.has(i + 1));
      writeFileAtomic.sync(historyPath(workspace), kept.length ? kept.join("\n") + "\n" : "");
      return { lines: damagedLines, path: target };
    });
  });
}
