// What one debug session runs: written to <workspace>/.drill/debug/<lang>.json by drill debug,
// read by the TypeScript runner (dist/debug-case.js) or the Python driver (debug_driver.py),
// so a VS Code launch configuration can start the same case again.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { Lang } from "../registry/problem.js";
import type { CallSpec } from "../runner/call.js";
import { stateDir } from "../workspace/paths.js";

export interface DebugPlan {
  version: 1;
  slug: string;
  lang: Lang;
  /** The solution file, absolute. */
  file: string;
  entry: string;
  /** The entry's LeetCode name (a Python `class Solution` method, TypeScript pasted from LeetCode). */
  leetcodeEntry: string;
  call: CallSpec;
  /** The case's name ("line 12", a fixed case's name, "your input"). */
  name: string;
  /** The input, as drill prints it. */
  input: string;
  args: unknown[];
  /** The answer the reference gives (null when the input is invalid or has none). */
  expected: unknown;
  invalidInput: boolean;
}

export function debugDir(workspace: string): string {
  return join(stateDir(workspace), "debug");
}

export function planPath(workspace: string, lang: Lang): string {
  return join(debugDir(workspace), `${lang}.json`);
}

export function writePlan(workspace: string, plan: DebugPlan): string {
  const path = planPath(workspace, plan.lang);
  mkdirSync(debugDir(workspace), { recursive: true });
  writeFileAtomic.sync(path, JSON.stringify(plan, null, 2) + "\n");
  return path;
}

export function readPlan(path: string): DebugPlan {
  return JSON.parse(readFileSync(path, "utf8")) as DebugPlan;
}
