// Results as plain lines, printed as each problem finishes (pipes, CI=true, NO_COLOR).
import type { Problem } from "../registry/load.js";
import type { ProblemResult } from "../suite/results.js";
import type { SuiteReporter } from "../suite/run-suite.js";
import { nextStepLine, problemDetails, problemLine, summaryLine, type DetailOptions } from "./text.js";

export function createPlainReporter(write: (text: string) => void, options: DetailOptions = {}): SuiteReporter {
  return {
    start() {},
    progress() {},
    probing() {},
    result(result: ProblemResult, problem: Problem) {
      write([problemLine(result), ...problemDetails(result, problem, options)].join("\n") + "\n");
    },
    async finish(results, durationMs) {
      const next = nextStepLine(results);
      write(`\n${summaryLine(results, durationMs)}\n${next ? next + "\n" : ""}`);
    },
  };
}
