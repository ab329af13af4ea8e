// Saved verdicts: <workspace>/.drill/cache/<slug>.<lang>.json holds the last result of a solution
// and the key it was computed under. A result is reused only when the key is the same; a missing
// or damaged file just means the solution runs again.
import { mkdirSync, readFileSync } from "node:fs";
import writeFileAtomic from "write-file-atomic";
import type { Lang } from "../registry/problem.js";
import { cacheDir, cacheFile } from "../workspace/paths.js";
import { guardWrite } from "../workspace/write-error.js";
import type { CaseResult, ProblemResult } from "./results.js";

const FORMAT = 1;

interface CacheEntry {
  format: number;
  key: string;
  result: ProblemResult;
}

/** The saved result for this key, or null (none, another key, or a damaged file). */
export function readVerdict(workspace: string, slug: string, lang: Lang, key: string): ProblemResult | null {
  try {
    const entry = JSON.parse(readFileSync(cacheFile(workspace, slug, lang), "utf8")) as CacheEntry;
    if (entry?.format !== FORMAT || entry.key !== key || !entry.result || entry.result.slug !== slug || entry.result.lang !== lang) return null;
    if (!Array.isArray(entry.result.caseResults) || typeof entry.result.status !== "string") return null;
    return entry.result;
  } catch {
    return null;
  }
}

/**
 * Whether a result is worth saving: a verdict about the code, not about the moment. A case that
 * ran out of time, an inconclusive probe, a missing runtime or drill's own failure may differ next
 * time, so they run again.
 */
export function isCacheable(result: ProblemResult): boolean {
  if (result.status === "missing") return false;
  if (result.error && (result.error.kind === "no-runtime" || result.error.kind === "internal")) return false;
  if (result.caseResults.some((c) => c.status === "timeout")) return false;
  if (result.probe && result.probe.status === "inconclusive") return false;
  return true;
}

/** Saves the result atomically (a reader sees the old file or the new one, never half of one). */
export function writeVerdict(workspace: string, key: string, result: ProblemResult): void {
  const { cached: _cached, ...plain } = result;
  // A passed case is shown only as a count and a time: its inputs and output are left out, which keeps the file small.
  const caseResults = plain.caseResults.map((c): CaseResult => (c.status === "passed" ? { name: c.name, group: c.group, status: c.status, ms: c.ms, args: [], n: c.n, line: c.line } : c));
  const entry: CacheEntry = { format: FORMAT, key, result: { ...plain, caseResults } };
  guardWrite(workspace, () => {
    mkdirSync(cacheDir(workspace), { recursive: true });
    writeFileAtomic.sync(cacheFile(workspace, result.slug, result.lang), JSON.stringify(entry));
  });
}
