// What every command receives instead of touching process globals, so tests can point it at a temp folder.
// (cli.ts imports this file at start-up, so it must stay light: no registry, no zod, no chalk.)
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** Where keys come from (watch, mock, review --start and quiz read them when it is a terminal). */
  stdin: NodeJS.ReadStream;
}

export function processContext(): CommandContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // Node opens stdin on first use: commands that never read keys never open it.
    get stdin() {
      return process.stdin;
    },
  };
}

