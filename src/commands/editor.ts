// Opening a solution in the user's editor ($VISUAL, else $EDITOR), as watch's e key and
// drill new --open do. The editor gets the terminal until it exits (a GUI editor returns at once).
import { spawnSync } from "node:child_process";
import { shellQuote } from "../watch/debug-command.js";

export function editorOf(env: NodeJS.ProcessEnv): string | undefined {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || undefined;
}

/** Runs the editor on `file`; returns what went wrong, or undefined when it ran. */
export function openInEditor(file: string, env: NodeJS.ProcessEnv, stdin: NodeJS.ReadStream): string | undefined {
  const editor = editorOf(env);
  if (!editor) return `no editor set: export VISUAL or EDITOR (for example EDITOR=vim, or VISUAL="code --wait") and press e again`;
  const raw = stdin.isTTY && stdin.isRaw;
  // A terminal editor needs the terminal as it normally is, not in the raw mode the live view uses.
  if (raw) stdin.setRawMode(false);
  try {
    // $EDITOR may carry arguments ("code --wait"), so a shell runs it, with the file quoted.
    const run = spawnSync(`${editor} ${shellQuote(file)}`, { shell: true, stdio: "inherit", env });
    if (run.error) return `could not start the editor "${editor}": ${run.error.message}`;
    if (run.status === 127) return `the editor "${editor}" was not found (check VISUAL / EDITOR)`;
    return undefined;
  } finally {
    if (raw) stdin.setRawMode(true);
  }
}
