// Messages between drill and what runs a solution: the TypeScript worker thread, or the
// Python harness (the same messages as JSON lines).
import type { ProbeResult } from "../../probe/result.js";
import type { SpaceResult } from "../../probe/space-plan.js";
import type { CallSpec } from "../call.js";

export type ToWorker =
  /** leetcodeEntry: the entry's LeetCode name (a method of `class Solution` in pasted Python). */
  | { type: "load"; modulePath: string; entry: string; call: CallSpec; leetcodeEntry?: string }
  | { type: "run"; id: number; args: unknown[] }
  /** Run these cases one after another, answering each as it finishes. */
  | { type: "run-batch"; cases: { id: number; args: unknown[] }[] }
  /** Python probes: time one batch of calls at n (drill's plan runs in drill's own process). */
  | { type: "sample"; n: number; expectedMs: number }
  /** Python probes: the input for size n, sent when the harness asks for it. */
  | { type: "probe-input"; n: number; args: unknown[] }
  /** Measure the loaded entry's extra memory at growing sizes (TypeScript, in a worker of its own). */
  | { type: "space-probe"; generatorPath: string; options: SpaceRequestOptions }
  /** Python: extra heap of one call at n, or the stack it needs (the plan runs in drill's own process). */
  | { type: "space-sample"; n: number; part: "heap" | "stack" }
  /** Time the loaded entry on inputs from the generator module (its probeInput, else generate). */
  | { type: "probe"; generatorPath: string; options: ProbeRequestOptions };

export interface SpaceRequestOptions {
  budgetMs: number;
  seed: number;
  minN?: number;
  maxN?: number;
  sizes?: number[];
}

export interface ProbeRequestOptions {
  budgetMs: number;
  seed: number;
  minN?: number;
  maxN?: number;
  /** Fixed sizes (the reference is measured on the user's grid). */
  sizes?: number[];
}

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
  /** Progress while probing; does not answer the request. */
  | { type: "probe-point"; n: number; seconds: number }
  | { type: "probed"; result: ProbeResult; output: string }
  | { type: "space-probed"; result: SpaceResult; output: string }
  | { type: "space-sampled"; n: number; bytes: number; ms: number }
  | { type: "need-input"; n: number }
  | { type: "input-ok"; n: number }
  | { type: "sampled"; n: number; seconds: number }
  | { type: "sample-error"; n: number; error: ThrownError; output: string };
