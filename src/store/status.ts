// Where the user stands on each problem: new, started, failing, passing.
import { readdirSync } from "node:fs";
import type { Lang, Problem } from "../registry/problem.js";
import { latestTests, readHistory } from "./history.js";
import { solutionFileName } from "../workspace/paths.js";
import { solutionKey } from "../registry/solution-ref.js";

export type SolveStatus = "new" | "started" | "failing" | "passing";

export interface WorkspaceStatus {
  /** Status per problem and language: "<slug>:<lang>" → status. */
  of(slug: string, lang: Lang): SolveStatus;
  damagedLines: number[];
}

export function readWorkspaceStatus(workspace: string, problems: Problem[], langs: readonly Lang[]): WorkspaceStatus {
  const history = readHistory(workspace);
  const latest = latestTests(history.entries);
  const statuses = new Map<string, SolveStatus>();
  // One listing of the folder instead of a look-up per problem and language (~400 of them for `drill list`).
  const files = new Set(listing(workspace));
  for (const p of problems) {
    for (const lang of langs) {
      const key = solutionKey({ slug: p.slug, lang });
      const last = latest.get(key);
      let status: SolveStatus = "new";
      if (files.has(solutionFileName(p.slug, lang))) {
        status = !last ? "started" : last.status === "passed" ? "passing" : "failing";
      }
      statuses.set(key, status);
    }
  }
  return { of: (slug, lang) => statuses.get(solutionKey({ slug, lang })) ?? "new", damagedLines: history.damagedLines };
}

function listing(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
