// Results as plain lines, printed as each problem finishes (pipes, CI=true, NO_COLOR).
import type { Problem } from "../registry/problem.js";
import type { ProblemResult } from "../suite/results.js";
import type { SuiteReporter } from "../suite/run-suite.js";
import type { ProgressLine } from "./progress-line.js";
import { foldsMissing, interruptedLine, missingLine, nextStepLine, problemDetails, problemLine, summaryLine, type DetailOptions } from "./text.js";

/** `progress`: the run's progress on a terminal's stderr, cleared before each result is written. */
export function createPlainReporter(write: (text: string) => void, options: DetailOptions = {}, progress?: ProgressLine): SuiteReporter {
  let fold = false;
  return {
    start(items) {
      fold = foldsMissing(items.length);
    },
    progress() {},
    probing() {},
    result(result: ProblemResult, problem: Problem) {
      if (fold && result.status === "missing") return;
      progress?.clear();
      write([problemLine(result), ...problemDetails(result, problem, options)].join("\n") + "\n");
    },
    overall(p) {
      progress?.show(p);
    },
    async finish(results, durationMs, run) {
      progress?.clear();
      const lines = [fold ? missingLine(results) : undefined, run?.interrupted ? interruptedLine(results, run.total) : undefined, summaryLine(results, durationMs), nextStepLine(results)];
      write(`\n${lines.filter(Boolean).join("\n")}\n`);
    },
  };
}
