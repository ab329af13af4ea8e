// Whether a command can take keys and draw a live screen, and the streams it draws with: both
// come from the command's context, so a test can hand a command a terminal of its own.
import { isCi } from "../report/output-mode.js";
import type { Terminal } from "../ui/terminal.js";
import type { CommandContext } from "./context.js";

/** Keys can be read and a live screen drawn: stdout and stdin are terminals, and this is not CI. */
export function isInteractive(ctx: CommandContext): boolean {
  return !!ctx.stdout.isTTY && !!ctx.stdin.isTTY && !isCi(ctx.env);
}

/** The context's streams for an Ink screen (stdout is a terminal, so a stream Ink can draw on). */
export function terminalOf(ctx: CommandContext): Terminal {
  return { stdout: ctx.stdout as NodeJS.WriteStream, stdin: ctx.stdin };
}
