// Small workspace state that is not history: hints revealed per problem. One JSON file in
// .drill/, replaced atomically (write-file-atomic), so a crash leaves the old or the new file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { mkdirSync } from "node:fs";
import { stateDir } from "../workspace/paths.js";
import { guardWrite } from "../workspace/write-error.js";

export interface WorkspaceState {
  v: 1;
  /** Hints revealed so far, per problem slug. */
  hints: Record<string, number>;
}

export type StateRead = { state: WorkspaceState; damaged: boolean };

export function statePath(workspace: string): string {
  return join(stateDir(workspace), "state.json");
}

const empty = (): WorkspaceState => ({ v: 1, hints: {} });

export function readState(workspace: string): StateRead {
  let text: string;
  try {
    text = readFileSync(statePath(workspace), "utf8");
  } catch {
    return { state: empty(), damaged: false };
  }
  try {
    const parsed = JSON.parse(text) as Partial<WorkspaceState>;
    if (parsed.v !== 1 || typeof parsed.hints !== "object" || parsed.hints === null) return { state: empty(), damaged: true };
    return { state: { ...empty(), ...parsed, hints: { ...parsed.hints } } as WorkspaceState, damaged: false };
  } catch {
    return { state: empty(), damaged: true };
  }
}

export function writeState(workspace: string, state: WorkspaceState): void {
  guardWrite(workspace, () => {
    mkdirSync(stateDir(workspace), { recursive: true });
    writeFileAtomic.sync(statePath(workspace), JSON.stringify(state, null, 2) + "\n");
  });
}

/** Reads, changes and writes the state in one step. */
export function updateState(workspace: string, change: (state: WorkspaceState) => void): WorkspaceState {
  const { state } = readState(workspace);
  change(state);
  writeState(workspace, state);
  return state;
}
