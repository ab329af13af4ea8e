// The Ink front of drill review: the watch screen with the review's grades under the heading.
import { dirname } from "node:path";
import { render, useInput } from "ink";
import type { Problem } from "../registry/problem.js";
import type { ReviewEvent, ReviewState } from "../review/session.js";
import { ReviewBanner } from "./components/ReviewBanner.js";
import { keyPresses } from "./key-events.js";
import { referenceOf, type WatchView } from "./render-watch.js";
import { WatchScreen } from "./screens/WatchScreen.js";
import type { Terminal } from "./terminal.js";

interface AppProps {
  readonly state: ReviewState;
  readonly problems: ReadonlyMap<string, Problem>;
  readonly dispatch: (event: ReviewEvent) => void;
}

function ReviewApp({ state, problems, dispatch }: AppProps): React.JSX.Element {
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) dispatch({ type: "key", ...press });
  });
  return (
    <WatchScreen
      state={state}
      problems={problems}
      reference={(slug, lang) => referenceOf(problems, slug, lang)}
      title="drill review"
      banner={<ReviewBanner state={state} />}
      testCommand={(item) => `drill test ${item.slug} --workspace ${dirname(item.file)}`}
    />
  );
}

export function renderReview(problems: ReadonlyMap<string, Problem>, dispatch: (event: ReviewEvent) => void, initial: ReviewState, terminal: Terminal): WatchView<ReviewState> {
  const app = render(<ReviewApp state={initial} problems={problems} dispatch={dispatch} />, {
    stdout: terminal.stdout,
    stdin: terminal.stdin,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 120,
  });
  return {
    draw: (state) => app.rerender(<ReviewApp state={state} problems={problems} dispatch={dispatch} />),
    async close() {
      app.unmount();
      await app.waitUntilExit();
    },
  };
}
