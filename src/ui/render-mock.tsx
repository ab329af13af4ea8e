// The Ink front of drill mock: draws the state, sends keys in.
import { render, useInput } from "ink";
import type { MockEvent, MockState } from "../mock/session.js";
import { keyPresses } from "./key-events.js";
import { MockScreen } from "./screens/MockScreen.js";
import type { Terminal } from "./terminal.js";

function MockApp({ state, dispatch }: { readonly state: MockState; readonly dispatch: (e: MockEvent) => void }): React.JSX.Element {
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) dispatch({ type: "key", ...press });
  });
  return <MockScreen state={state} />;
}

export function renderMock(initial: MockState, dispatch: (e: MockEvent) => void, terminal: Terminal) {
  const app = render(<MockApp state={initial} dispatch={dispatch} />, { stdout: terminal.stdout, stdin: terminal.stdin, exitOnCtrlC: false, patchConsole: false });
  return {
    draw: (state: MockState) => app.rerender(<MockApp state={state} dispatch={dispatch} />),
    async close() {
      await new Promise((r) => setTimeout(r, 50));
      app.unmount();
      await app.waitUntilExit();
    },
  };
}
