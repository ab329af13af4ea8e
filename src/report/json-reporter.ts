// Collects results and prints one JSON document at the end.
import type { Problem } from "../registry/load.js";
import type { ProblemResult } from "../suite/results.js";
import type { SuiteReporter } from "../suite/run-suite.js";
import { testReportJson } from "./json.js";

export function createJsonReporter(write: (text: string) => void): SuiteReporter {
  const collected: { result: ProblemResult; problem: Problem }[] = [];
  return {
    start() {},
    progress() {},
    probing() {},
    result(result, problem) {
      collected.push({ result, problem });
    },
    async finish() {
      write(JSON.stringify(testReportJson(collected), null, 2) + "\n");
    },
  };
}
