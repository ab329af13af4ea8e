// The `drill debug` command line for a failed case, as watch's d key prints it: by name for your
// cases and the problem's fixed ones, by its full input for a generated one.
import { formatExactArgs } from "../shared/format-value.js";
import type { CaseResult } from "../suite/results.js";

/** Quotes a word for a POSIX shell when it needs it. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface DebugTarget {
  slug: string;
  lang: string;
  /** The problem's argument names, for a generated input. */
  argNames?: readonly string[];
  /** --workspace as the session was given it. */
  workspaceArg?: string;
}

export function debugCommandFor(target: DebugTarget, failure: Pick<CaseResult, "name" | "group" | "args">): string {
  const parts = ["drill", "debug", target.slug];
  if (failure.group === "random") parts.push("--input", shellQuote(formatExactArgs(target.argNames ?? [], failure.args)));
  else parts.push("--case", shellQuote(failure.name));
  if (target.lang !== "ts") parts.push("--lang", target.lang);
  if (target.workspaceArg) parts.push("--workspace", shellQuote(target.workspaceArg));
  return parts.join(" ");
}
