// Results as plain lines, printed as each problem finishes (pipes, CI=true, NO_COLOR).
import type { Problem } from "../registry/load.js";
import type { ProblemResult } from "../suite/results.js";
import type { SuiteReporter } from "../suite/run-suite.js";
import { foldsMissing, interruptedLine, missingLine, nextStepLine, problemDetails, problemLine, summaryLine, type DetailOptions } from "./text.js";

export function createPlainReporter(write: (text: string) => void, options: DetailOptions = {}): SuiteReporter {
  let fold = false;
  return {
    start(items) {
      fold = foldsMissing(items.length);
    },
    progress() {},
    probing() {},
    result(result: ProblemResult, problem: Problem) {
      if (fold && result.status === "missing") return;
      write([problemLine(result), ...problemDetails(result, problem, options)].join("\n") + "\n");
    },
    async finish(results, durationMs, run) {
      const lines = [fold ? missingLine(results) : undefined, run?.interrupted ? interruptedLine(results, run.total) : undefined, summaryLine(results, durationMs), nextStepLine(results)];
      write(`\n${lines.filter(Boolean).join("\n")}\n`);
    },
  };
}
