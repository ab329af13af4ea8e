// The workspace's history of runs: one JSON object per line in .drill/history.jsonl,
// appended and flushed whole. A crash mid-write can damage only the last line; a damaged
// line is reported and skipped, never fatal, and the rest of the file stays readable.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ComplexityClass, ProbeStatus } from "../registry/complexity.js";
import type { Lang } from "../registry/problem.js";
import { stateDir } from "../workspace/paths.js";
import { solutionKey } from "../registry/solution-ref.js";

/** How a run of one solution ended: every case passed, some failed, it could not run, or there is no file. */
export type ProblemStatus = "passed" | "failed" | "error" | "missing";
import { guardWrite } from "../workspace/write-error.js";

export const HISTORY_VERSION = 1;

export interface TestEntry {
  v: typeof HISTORY_VERSION;
  type: "test";
  at: string;
  slug: string;
  lang: Lang;
  status: ProblemStatus;
  passed: number;
  total: number;
  durationMs: number;
  /** status is absent in records written before verdicts could be inconclusive. */
  probe?: { status?: ProbeStatus; measured: ComplexityClass | null; target: ComplexityClass; ok: boolean };
  /** The solution file's content hash: the same content is recorded once per workspace. */
  hash?: string;
}

export interface MockProblemEntry {
  slug: string;
  lang: Lang;
  status: ProblemStatus;
  passed: number;
  total: number;
  probe: { measured: ComplexityClass | null; ok: boolean; space?: { measured: ComplexityClass | null; ok: boolean } | null } | null;
  /** When the cases first passed while coding (ms after the start). */
  solvedAtMs?: number;
  timeAnswer?: string;
  timeRight?: boolean;
  spaceAnswer?: string;
  spaceRight?: boolean;
  theoryCard?: string;
  theoryKnew?: boolean;
  score: number;
}

export interface MockEntry {
  v: typeof HISTORY_VERSION;
  type: "mock";
  at: string;
  /** The attempt's folder name under <workspace>/mock/. */
  id: string;
  minutes: number;
  outcome: "submitted" | "timed-out" | "abandoned";
  usedMs: number;
  score: number;
  problems: MockProblemEntry[];
}

/** One re-solve in drill review, with what the grade was made from. */
export interface ReviewEntry {
  v: typeof HISTORY_VERSION;
  type: "review";
  at: string;
  slug: string;
  lang: Lang;
  /** 1 again, 2 hard, 3 good, 4 easy. */
  grade: 1 | 2 | 3 | 4;
  passed: boolean;
  firstRun: boolean | null;
  msToPass: number | null;
  hints: number;
  peeked: boolean;
  probeOk: boolean | null;
  spaceOk: boolean | null;
  /** The attempt's folder under <workspace>/review/. */
  folder: string;
}

export type HistoryEntry = TestEntry | MockEntry | ReviewEntry;

export interface HistoryRead {
  entries: HistoryEntry[];
  /** 1-based line numbers that could not be read. */
  damagedLines: number[];
  /** The 1-based line number of each entry. */
  lines: number[];
  /** Lines ended by their newline (a final line without one may still be being written). */
  complete: number;
}

export function historyPath(workspace: string): string {
  return join(stateDir(workspace), "history.jsonl");
}

export function appendHistory(workspace: string, entries: HistoryEntry[]): void {
  if (entries.length === 0) return;
  guardWrite(workspace, () => appendLines(workspace, entries));
}

function appendLines(workspace: string, entries: HistoryEntry[]): void {
  mkdirSync(stateDir(workspace), { recursive: true });
  // One write per call, so entries from one run land together; a torn final line is skipped on read.
  const fd = openSync(historyPath(workspace), "a+");
  try {
    const lines = entries.map((e) => JSON.stringify(e) + "\n").join("");
    writeSync(fd, endsTorn(fd) ? "\n" + lines : lines);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A previous write cut short leaves no final newline; start on a fresh line so only it is lost. */
function endsTorn(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

function isEntry(value: unknown): value is HistoryEntry {
  const v = value as { v?: unknown; type?: unknown; slug?: unknown; status?: unknown; id?: unknown; problems?: unknown } | null;
  if (!v || typeof v !== "object" || v.v !== HISTORY_VERSION) return false;
  if (v.type === "test") return typeof v.slug === "string" && typeof v.status === "string";
  if (v.type === "mock") return typeof v.id === "string" && Array.isArray(v.problems);
  if (v.type === "review") return typeof v.slug === "string" && typeof (v as { grade?: unknown }).grade === "number";
  return false;
}

export function readHistory(workspace: string): HistoryRead {
  let text: string;
  try {
    text = readFileSync(historyPath(workspace), "utf8");
  } catch {
    return { entries: [], damagedLines: [], lines: [], complete: 0 };
  }
  const all = text.split("\n");
  const complete = all.length - 1;
  const result: HistoryRead = { entries: [], damagedLines: [], lines: [], complete };
  all.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line);
      if (isEntry(value)) {
        result.entries.push(value);
        result.lines.push(i + 1);
      } else result.damagedLines.push(i + 1);
    } catch {
      result.damagedLines.push(i + 1);
    }
  });
  return result;
}

/** The newest test entry per slug and language. */
export function latestTests(entries: HistoryEntry[]): Map<string, TestEntry> {
  const latest = new Map<string, TestEntry>();
  for (const e of entries) if (e.type === "test") latest.set(solutionKey(e), e);
  return latest;
}
