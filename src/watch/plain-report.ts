// drill watch without a terminal (an editor's output pane, a pipe): one plain report per run.
import type { Problem } from "../registry/problem.js";
import { itemKey } from "./keys.js";
import type { WatchState } from "./session.js";
import { problemDetails, problemLine } from "../report/text.js";

export function createPlainWatchView(problems: ReadonlyMap<string, Problem>, write: (text: string) => void) {
  let logged = 0;
  let notSaved: string | undefined;
  const probed = new Set<unknown>();
  return {
    draw(state: WatchState): void {
      if (state.notSaved && state.notSaved !== notSaved) write(`drill: ${(notSaved = state.notSaved)}\n`);
      for (const entry of state.log.slice(logged)) {
        const result = state.results[itemKey(entry)];
        const problem = problems.get(entry.slug);
        if (result && problem) write([problemLine(result), ...problemDetails(result, problem)].join("\n") + "\n");
      }
      logged = state.log.length;
      for (const item of state.items) {
        const result = state.results[itemKey(item)];
        const probe = state.probes[itemKey(item)];
        const problem = problems.get(item.slug);
        if (probe && result && problem && !probed.has(probe)) {
          probed.add(probe);
          write(problemDetails({ ...result, failures: [], probe }, problem, { chart: true }).join("\n") + "\n");
        }
      }
    },
    async close(): Promise<void> {},
  };
}
