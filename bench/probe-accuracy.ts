// The probe's accuracy benchmark: classify every labelled function several times through the
// exported probe API and report the confusion table, exact accuracy, accuracy within one log
// factor, and seconds per classification.
import { probe } from "../src/probe/engine.js";
import { COMPLEXITY_CLASSES, type ComplexityClass } from "../src/registry/complexity.js";
import { withinLogFactor } from "../src/probe/verdict.js";
import { LABELLED } from "./labelled-functions.js";

export interface AccuracyReport {
  runs: { name: string; expected: ComplexityClass; measured: ComplexityClass | null; seconds: number; note?: string }[];
  exact: number;
  withinTolerance: number;
  medianSeconds: number;
  maxSeconds: number;
}

export function runProbeAccuracy(options: { repeats: number; budgetMs: number; filter?: string; log?: (line: string) => void }): AccuracyReport {
  const gc = (globalThis as { gc?: () => void }).gc;
  const runs: AccuracyReport["runs"] = [];
  for (const item of LABELLED.filter((l) => !options.filter || l.name.includes(options.filter))) {
    for (let r = 0; r < options.repeats; r++) {
      const result = probe(item.fn as (input: unknown) => unknown, item.generate, { budgetMs: options.budgetMs, minN: item.minN, seed: r + 1, gc });
      const run = { name: item.name, expected: item.expected, measured: result.measured, seconds: result.elapsedMs / 1000, note: result.note };
      runs.push(run);
      options.log?.(`${run.measured === run.expected ? "✓" : "✗"} ${item.name.padEnd(26)} expected ${item.expected.padEnd(12)} measured ${String(run.measured).padEnd(12)} ${run.seconds.toFixed(2)} s  n ${result.nRange.join("–")}  slope ${result.slope.toFixed(2)}${run.note ? `  (${run.note})` : ""}`);
    }
  }
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return {
    runs,
    exact: runs.filter((r) => r.measured === r.expected).length / runs.length,
    withinTolerance: runs.filter((r) => r.measured && withinLogFactor(r.measured, r.expected)).length / runs.length,
    medianSeconds: seconds[Math.floor(seconds.length / 2)],
    maxSeconds: seconds[seconds.length - 1],
  };
}

export function confusionTable(runs: AccuracyReport["runs"]): string {
  const classes = COMPLEXITY_CLASSES;
  const head = ["expected \\ measured", ...classes, "none"];
  const rows = classes.map((expected) => {
    const mine = runs.filter((r) => r.expected === expected);
    return [expected, ...classes.map((c) => String(mine.filter((r) => r.measured === c).length)), String(mine.filter((r) => !r.measured).length)];
  });
  const lines = [head, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  lines.splice(1, 0, `|${head.map(() => " --- ").join("|")}|`);
  return lines.join("\n");
}
