// The script node --inspect-brk starts for a TypeScript case: its first line, where the debugger
// breaks on start, says what to do next; the rest runs the case through dist/debug-case.js.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import writeFileAtomic from "write-file-atomic";
import { packageRoot } from "../paths.js";
import { debugDir, type DebugPlan } from "./plan.js";

export function tsDriverPath(workspace: string): string {
  return join(debugDir(workspace), "driver.mjs");
}

export function writeTsDriver(workspace: string, plan: DebugPlan, planFile: string, shownFile: string): string {
  const runner = pathToFileURL(join(packageRoot, "dist", "debug-case.js")).href;
  const text = [
    `// drill debug ${plan.slug} · ${plan.name}: continue (F8 in Chrome DevTools, F5 in VS Code, c in node inspect) and it stops at the first line of ${plan.entry} in ${shownFile}.`,
    `const { debugCase } = await import(${JSON.stringify(runner)});`,
    `process.exitCode = await debugCase(${JSON.stringify(planFile)});`,
    "",
  ].join("\n");
  const path = tsDriverPath(workspace);
  mkdirSync(debugDir(workspace), { recursive: true });
  writeFileAtomic.sync(path, text);
  return path;
}
