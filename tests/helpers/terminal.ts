// A terminal for commands run in-process: keys pressed on stdin reach the command as a real
// terminal's would (Ink reads them in raw mode), and what it draws on stdout is kept.
import { EventEmitter } from "node:events";
import type { CommandContext } from "../../src/commands/context.js";

export class FakeStdin extends EventEmitter {
  isRaw = false;
  private readonly chunks: string[] = [];

  constructor(readonly isTTY: boolean) {
    super();
  }

  /** Sends keys as one chunk, as a terminal does. */
  press(keys: string): void {
    this.chunks.push(keys);
    this.emit("readable");
  }

  read(): string | null {
    return this.chunks.shift() ?? null;
  }

  setRawMode(on: boolean): this {
    this.isRaw = on;
    return this;
  }

  setEncoding(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  resume(): this {
    return this;
  }

  pause(): this {
    return this;
  }
}

export class FakeStdout extends EventEmitter {
  text = "";
  readonly columns = 100;
  readonly rows = 40;

  constructor(readonly isTTY: boolean) {
    super();
  }

  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface FakeContext extends CommandContext {
  stdout: FakeStdout;
  stderr: FakeStdout;
  stdin: FakeStdin & NodeJS.ReadStream;
}

/** A command context on a fake terminal (tty false: on pipes), outside CI. */
export function fakeContext(cwd: string, options: { tty: boolean; stdinTty?: boolean; env?: NodeJS.ProcessEnv }): FakeContext {
  const { CI: _ci, ...outer } = process.env;
  const stdin = new FakeStdin(options.stdinTty ?? options.tty) as FakeStdin & NodeJS.ReadStream;
  return { cwd, env: { ...outer, NO_COLOR: "1", DRILL_WORKSPACE: "", ...options.env }, stdout: new FakeStdout(options.tty), stderr: new FakeStdout(false), stdin };
}

/** Waits until `check` holds (polling), or fails after timeoutMs. */
export async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A stdin that is a pipe with nothing on it (for commands that take no keys). */
export const pipeStdin = (): NodeJS.ReadStream => new FakeStdin(false) as FakeStdin & NodeJS.ReadStream;
