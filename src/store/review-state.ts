// drill review's schedule: .drill/review.json, one FSRS card per problem and language, replaced
// atomically after every grade. Every grade it holds also lives in the history, so a damaged
// file is set aside (in .drill/backup/) and rebuilt from .drill/history.jsonl.
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { Lang } from "../registry/problem.js";
import { backupDir, stateDir } from "../workspace/paths.js";
import type { StoredCard } from "./quiz-state.js";

export const REVIEW_VERSION = 1;

/** One graded attempt, for retention over time. */
export interface ReviewLogEntry {
  at: string;
  slug: string;
  lang: Lang;
  grade: 1 | 2 | 3 | 4;
  /** Passed on the first run; null when unknown. */
  firstRun: boolean | null;
  /** first-solve: the pass that created the card; review and mock: a re-solve. */
  source: "first-solve" | "review" | "mock";
}

export interface ReviewState {
  v: typeof REVIEW_VERSION;
  /** "<slug>:<lang>" → the card. */
  cards: Record<string, StoredCard>;
  /** Days (YYYY-MM-DD, local) with grades. */
  days: string[];
  log: ReviewLogEntry[];
  /** History lines already folded into the cards (the history is append-only). */
  historyLines: number;
}

export const emptyReviewState = (): ReviewState => ({ v: REVIEW_VERSION, cards: {}, days: [], log: [], historyLines: 0 });

export function reviewStatePath(workspace: string): string {
  return join(stateDir(workspace), "review.json");
}

export type ReviewStateRead = { state: ReviewState; damaged: false } | { state: ReviewState; damaged: true; reason: string };

export function readReviewState(workspace: string): ReviewStateRead {
  let text: string;
  try {
    text = readFileSync(reviewStatePath(workspace), "utf8");
  } catch {
    return { state: emptyReviewState(), damaged: false };
  }
  let parsed: Partial<ReviewState>;
  try {
    parsed = JSON.parse(text) as Partial<ReviewState>;
  } catch (error) {
    return { state: emptyReviewState(), damaged: true, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (parsed?.v !== REVIEW_VERSION) return { state: emptyReviewState(), damaged: true, reason: `unknown format version ${JSON.stringify(parsed?.v)}` };
  const shapeOk =
    typeof parsed.cards === "object" && parsed.cards !== null && Array.isArray(parsed.log) && typeof parsed.historyLines === "number" &&
    Object.values(parsed.cards).every((c) => typeof c?.due === "string" && !Number.isNaN(Date.parse(c.due)));
  if (!shapeOk) return { state: emptyReviewState(), damaged: true, reason: "a field is missing or malformed" };
  return { state: { v: REVIEW_VERSION, cards: parsed.cards!, days: Array.isArray(parsed.days) ? parsed.days : [], log: parsed.log!, historyLines: parsed.historyLines! }, damaged: false };
}

export function writeReviewState(workspace: string, state: ReviewState): void {
  mkdirSync(stateDir(workspace), { recursive: true });
  writeFileAtomic.sync(reviewStatePath(workspace), JSON.stringify(state, null, 1) + "\n");
}

/** Moves a damaged review.json into .drill/backup/ and returns where it went. */
export function setAsideReviewState(workspace: string, now: Date): string {
  mkdirSync(backupDir(workspace), { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  let target = join(backupDir(workspace), `review.json.${stamp}`);
  for (let i = 2; existsSync(target); i++) target = join(backupDir(workspace), `review.json.${stamp}-${i}`);
  renameSync(reviewStatePath(workspace), target);
  return target;
}

