// The history line for one run of one solution: built here only, for drill test and drill watch alike.
import { HISTORY_VERSION, type TestEntry } from "../store/history.js";
import type { ProblemResult } from "./results.js";

/** hash: the solution file's content hash (the same content is recorded once per workspace). */
export function testEntry(result: ProblemResult, hash?: string | null, at = new Date()): TestEntry {
  return {
    v: HISTORY_VERSION,
    type: "test",
    at: at.toISOString(),
    slug: result.slug,
    lang: result.lang,
    status: result.status,
    passed: result.cases.passed,
    total: result.cases.total,
    durationMs: Math.round(result.durationMs),
    probe: result.probe ? { status: result.probe.status, measured: result.probe.measured, target: result.probe.target, ok: result.probe.ok } : undefined,
    ...(hash ? { hash } : {}),
  };
}
