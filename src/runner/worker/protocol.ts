// Messages between drill and what runs a solution: the TypeScript worker thread, or the
// Python harness (the same messages as JSON lines).
import type { CallSpec } from "../call.js";

/** Changes whenever a message changes; the Python harness names its own in its first message. */
export const PROTOCOL_VERSION = 2;

export type ToWorker =
  /** leetcodeEntry: the entry's LeetCode name (a method of `class Solution` in pasted Python). */
  | { type: "load"; modulePath: string; entry: string; call: CallSpec; leetcodeEntry?: string }
  | { type: "run"; id: number; args: unknown[] }
  /** Run these cases one after another, answering each as it finishes. */
  | { type: "run-batch"; cases: { id: number; args: unknown[] }[] }
  /**
   * Probes: the inputs of size n (argument lists as generated), kept for the samples that
   * follow; `replace` drops every input kept before (so what a runtime holds, and what its
   * collector walks, does not depend on the sizes it was asked for earlier).
   */
  | { type: "probe-inputs"; n: number; inputs: unknown[][]; replace: boolean }
  /**
   * Probes: time one batch of calls at n, cycling through its inputs: `reps` calls, or
   * `copiedReps` when a call changes its input (each call then gets a fresh copy).
   */
  | { type: "sample"; n: number; reps: number; copiedReps: number; gc: boolean }
  /** Space probes: extra heap of one call at n (on its first input), or the stack it needs. */
  | { type: "space-sample"; n: number; part: "heap" | "stack" };

export interface ThrownError {
  name: string;
  message: string;
  stack?: string;
}

export type FromWorker =
  /** leetcode: the code is written LeetCode's way (a plain function, a class Solution). */
  | { type: "loaded"; output: string; leetcode?: boolean }
  /** Python only: the file does not parse (TypeScript syntax errors come from esbuild). */
  | { type: "syntax-error"; file: string; line: number; column: number; lineText?: string; message: string; output: string }
  | { type: "load-error"; message: string; error?: ThrownError; output: string }
  | { type: "returned"; id: number; value: unknown; ms: number; output: string }
  | { type: "threw"; id: number; error: ThrownError; ms: number; output: string }
  /** The return value could not be sent back (a function, a class with private state…). */
  | { type: "unsendable"; id: number; message: string; ms: number; output: string }
  | { type: "inputs-ok"; n: number }
  /** seconds per call; mutates: a call changes its input (the batch used fresh copies). */
  | { type: "sampled"; n: number; seconds: number; mutates: boolean }
  | { type: "space-sampled"; n: number; bytes: number; ms: number }
  | { type: "sample-error"; n: number; error: ThrownError; output: string }
  /** The request was not understood (an unknown type, or one that needs a loaded solution first). */
  | { type: "protocol-error"; message: string };
