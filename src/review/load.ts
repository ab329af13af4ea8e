// Opening the review schedule: read .drill/review.json, fold in what the history gained since,
// and write it back. A damaged file is set aside and the schedule rebuilt from the history.
import type { Problem } from "../registry/problem.js";
import { readHistory } from "../store/history.js";
import { emptyReviewState, readReviewState, reviewStatePath, setAsideReviewState, writeReviewState, type ReviewState } from "../store/review-state.js";
import { displayPath } from "../workspace/paths.js";
import { foldHistory } from "./schedule.js";

export interface OpenedSchedule {
  state: ReviewState;
  /** One line each, for the user: a damaged file set aside, a rebuild. */
  warnings: string[];
  /** History lines that could not be read. */
  damagedLines: number[];
}

export function openSchedule(workspace: string, problems: readonly Problem[], options: { now: Date; cwd: string }): OpenedSchedule {
  const warnings: string[] = [];
  const shown = displayPath(reviewStatePath(workspace), options.cwd);
  const read = readReviewState(workspace);
  let base = read.state;
  if (read.damaged) {
    let where = "";
    try {
      where = `set aside as ${displayPath(setAsideReviewState(workspace, options.now), options.cwd)} and `;
    } catch {
      // unreadable or already gone: rebuilding is all that is left
    }
    warnings.push(`${shown} was damaged (${read.reason}); ${where}rebuilt from the history`);
  }
  const history = readHistory(workspace);
  if (history.complete < base.historyLines) {
    warnings.push(`the history is shorter than ${shown} remembers; the schedule was rebuilt from it`);
    base = emptyReviewState();
  }
  const difficulty = new Map(problems.map((p) => [p.slug, p.meta.difficulty]));
  const state = foldHistory(base, history, (slug) => difficulty.get(slug));
  if (state !== read.state) {
    try {
      writeReviewState(workspace, state);
    } catch {
      // a read-only workspace: the schedule is still right for this command
    }
  }
  return { state, warnings, damagedLines: history.damagedLines };
}
