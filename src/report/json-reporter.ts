// Collects results and prints one JSON document at the end.
import type { Problem } from "../registry/problem.js";
import type { ProblemResult } from "../suite/results.js";
import type { SuiteReporter } from "../suite/run-suite.js";
import { testReportJson } from "./json.js";
import type { ProgressLine } from "./progress-line.js";

/** `progress`: the run's progress on a terminal's stderr (stdout holds only the JSON). */
export function createJsonReporter(write: (text: string) => void, progress?: ProgressLine): SuiteReporter {
  const collected: { result: ProblemResult; problem: Problem }[] = [];
  return {
    start() {},
    progress() {},
    probing() {},
    result(result, problem) {
      collected.push({ result, problem });
    },
    overall(p) {
      progress?.show(p);
    },
    async finish() {
      progress?.clear();
      write(JSON.stringify(testReportJson(collected), null, 2) + "\n");
    },
  };
}
