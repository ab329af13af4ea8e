// `drill test` on a terminal: finished problems scroll up as static blocks, the one
// running shows live progress below them.
import { Box, Static, Text } from "ink";
import { Spinner } from "../components/Spinner.js";
import { progressLine, type SuiteProgress } from "../../suite/progress.js";

export interface FinishedBlock {
  key: string;
  /** Pre-formatted lines (the same text the plain reporter prints). */
  text: string;
}

export interface TestRunState {
  finished: FinishedBlock[];
  running?: { slug: string; lang: string; done: number; total: number; probingN?: number };
  queued: number;
  /** The whole run, shown over several solutions: n/total, elapsed, the estimate. */
  overall?: SuiteProgress;
  summary?: string;
}

export function TestRunScreen({ state }: { readonly state: TestRunState }): React.JSX.Element {
  const { running } = state;
  return (
    <>
      <Static items={state.finished}>{(block) => <Text key={block.key}>{block.text}</Text>}</Static>
      {running && (
        <Box gap={1}>
          <Spinner />
          <Text bold>{running.slug}</Text>
          <Text dimColor>[{running.lang}]</Text>
          <Text>
            {running.probingN !== undefined
              ? `probing: timing n = ${running.probingN.toLocaleString("en")}`
              : running.total
                ? `case ${running.done}/${running.total}`
                : "compiling…"}
          </Text>
          {state.queued > 0 && <Text dimColor>· {state.queued} more queued</Text>}
        </Box>
      )}
      {running && state.overall && state.overall.total > 1 && <Text dimColor>{progressLine({ ...state.overall, current: null })}</Text>}
      {state.summary && <Text>{state.summary}</Text>}
    </>
  );
}
