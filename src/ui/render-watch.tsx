// The Ink front of drill watch: draws the session state and feeds key presses back in.
import { readFileSync } from "node:fs";
import { render, useInput } from "ink";
import type { Lang, Problem } from "../registry/problem.js";
import type { WatchEvent } from "../watch/events.js";
import type { WatchState } from "../watch/session.js";
import { keyPresses } from "./key-events.js";
import { WatchScreen } from "./screens/WatchScreen.js";
import { solutionKey } from "../registry/solution-ref.js";
import type { Terminal } from "./terminal.js";

interface AppProps {
  readonly state: WatchState;
  readonly problems: ReadonlyMap<string, Problem>;
  readonly dispatch: (event: WatchEvent) => void;
}

const references = new Map<string, string>();

/** A problem's reference solution, read once. */
export function referenceOf(problems: ReadonlyMap<string, Problem>, slug: string, lang: Lang): string | undefined {
  const key = solutionKey({ slug, lang });
  if (!references.has(key)) {
    const file = problems.get(slug)?.files.reference[lang];
    references.set(key, file ? readFileSync(file, "utf8") : "");
  }
  return references.get(key);
}

function WatchApp({ state, problems, dispatch }: AppProps): React.JSX.Element {
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) dispatch({ type: "key", ...press });
  });
  return <WatchScreen state={state} problems={problems} reference={(slug, lang) => referenceOf(problems, slug, lang)} />;
}

export interface WatchView<S extends WatchState = WatchState> {
  draw(state: S): void;
  /** Resolves once the screen is torn down and the terminal restored. */
  close(): Promise<void>;
}

export function renderWatch(problems: ReadonlyMap<string, Problem>, dispatch: (event: WatchEvent) => void, initial: WatchState, terminal: Terminal): WatchView {
  const app = render(<WatchApp state={initial} problems={problems} dispatch={dispatch} />, {
    stdout: terminal.stdout,
    stdin: terminal.stdin,
    exitOnCtrlC: false,
    patchConsole: false,
    // The controller already limits progress redraws; the frame with a result should not wait for a throttle.
    maxFps: 120,
  });
  return {
    draw: (state) => app.rerender(<WatchApp state={state} problems={problems} dispatch={dispatch} />),
    async close() {
      app.unmount();
      await app.waitUntilExit();
    },
  };
}
