// The TypeScript side of drill debug, run under the inspector: compiles the solution (with its
// source map, so the debugger shows your file), builds the case's arguments, arms a break before
// your function's first line, calls it once and prints what it returned.
import inspector from "node:inspector";
import { pathToFileURL } from "node:url";
import { callEntry, type Entry } from "../runner/call.js";
import { compileTsFile, formatCompileError } from "../runner/compile-ts.js";
import { LEETCODE_ENTRY, leetcodeWrapping } from "../runner/leetcode-ts.js";
import { formatValue } from "../shared/format-value.js";
import { breakOnNextCall } from "./break-on-call.js";
import { readPlan } from "./plan.js";

export async function debugCase(planFile: string): Promise<number> {
  const plan = readPlan(planFile);
  if (!inspector.url()) {
    // Without an inspector (its port was taken) nobody could attach, and the break would wait forever.
    process.stderr.write("drill debug: the inspector is not running (is the port in use?); try drill debug with --port 0\n");
    return 1;
  }
  const compiled = await compileTsFile(plan.file, (source) => ({ ...leetcodeWrapping(source, plan.entry), sourcesContent: true }));
  if (!compiled.ok) {
    process.stderr.write(`${formatCompileError(compiled.error)}\n`);
    return 1;
  }
  const mod = (await import(pathToFileURL(compiled.modulePath).href)) as Record<string, unknown>;
  const entry = (mod[plan.entry] ?? mod[LEETCODE_ENTRY] ?? mod.default) as Entry | undefined;
  if (typeof entry !== "function") {
    process.stderr.write(`${plan.file} does not export a function named ${plan.entry}\n`);
    return 1;
  }
  process.stdout.write(`drill debug: ${plan.slug} · ${plan.name}\n  input     ${plan.input}\n`);
  const armed = await breakOnNextCall(entry);
  let code = 0;
  try {
    // The debugger stops at the first line of your function, in your file.
    const answer = await callEntry(entry, plan.call, structuredClone(plan.args));
    process.stdout.write(`  returned  ${formatValue(answer, { maxItems: 40, maxChars: 1200 })}\n`);
  } catch (error) {
    process.stdout.write(`  threw     ${(error as Error)?.name}: ${(error as Error)?.message}\n`);
    code = 1;
  } finally {
    await armed.disarm();
  }
  const expected = plan.invalidInput ? "an error (invalid input)" : formatValue(plan.expected, { maxItems: 40, maxChars: 1200 });
  process.stdout.write(`  reference ${expected}\n`);
  return code;
}
