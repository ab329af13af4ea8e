// The Ink reporter for `drill test` on a terminal.
import { render } from "ink";
import { foldsMissing, interruptedLine, missingLine, nextStepLine, problemDetails, problemLine, summaryLine, type DetailOptions } from "../report/text.js";
import type { SuiteReporter } from "../suite/run-suite.js";
import { TestRunScreen, type TestRunState } from "./screens/TestRunScreen.js";
import { solutionKey } from "../registry/solution-ref.js";
import type { Terminal } from "./terminal.js";

export function renderTestRun(terminal: Terminal, options: DetailOptions = {}): SuiteReporter {
  let state: TestRunState = { finished: [], queued: 0 };
  let pending: { slug: string; lang: string }[] = [];
  let fold = false;
  const app = render(<TestRunScreen state={state} />, { stdout: terminal.stdout, stdin: terminal.stdin, patchConsole: false, exitOnCtrlC: true });
  const update = (next: Partial<TestRunState>) => {
    state = { ...state, ...next };
    app.rerender(<TestRunScreen state={state} />);
  };
  const startNext = () => {
    const next = pending.shift();
    update({ running: next ? { ...next, done: 0, total: 0 } : undefined, queued: pending.length });
  };

  return {
    start(items) {
      pending = [...items];
      fold = foldsMissing(items.length);
      startNext();
    },
    progress(slug, lang, done, total) {
      update({ running: { slug, lang, done, total } });
    },
    probing(slug, lang, n) {
      update({ running: { slug, lang, done: 0, total: 0, probingN: n } });
    },
    overall(progress) {
      update({ overall: progress });
    },
    result(result, problem) {
      if (fold && result.status === "missing") return startNext();
      const text = [problemLine(result), ...problemDetails(result, problem, options)].join("\n");
      update({ finished: [...state.finished, { key: solutionKey(result), text }] });
      startNext();
    },
    async finish(results, durationMs, run) {
      const lines = [fold ? missingLine(results) : undefined, run?.interrupted ? interruptedLine(results, run.total) : undefined, summaryLine(results, durationMs), nextStepLine(results)];
      update({ running: undefined, summary: `\n${lines.filter(Boolean).join("\n")}` });
      app.unmount();
      await app.waitUntilExit();
    },
  };
}
