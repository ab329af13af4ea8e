// Harnesses forked from one long-lived Python process that has numpy (and torch) imported already:
// a fresh harness per run in milliseconds instead of the 0.1 s `import numpy` and the seconds
// `import torch` take (python/drill_harness/fork_server.py).
// Each fork connects back over a Unix socket of its own; the server reports its pid and exit.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { HarnessRunner, type HarnessRunnerOptions } from "./harness-runner.js";
import { harnessEnv, harnessScript } from "./python-process.js";
import { checkForkServerReply } from "./protocol/check.js";
import type { ForkRequest, Request } from "./protocol/schema.js";

function socketFolder(): string {
  let user = "user";
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry
  }
  const dir = join(tmpdir(), `drill-${user}`, "forks");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** How long a closed channel waits for the server's word on how the fork exited (it normally comes at once). */
const EXIT_REPORT_GRACE_MS = 2_000;

/** One harness forked from the server: requests and replies over its socket. */
export class ForkedHarness extends HarnessRunner {
  private socket?: Socket;
  private pid?: number;
  private readonly pending: string[] = [];
  private readonly server: Server;

  constructor(
    readonly socketPath: string,
    options: HarnessRunnerOptions,
    onListening: () => void,
  ) {
    super(options);
    this.server = createServer((socket) => this.connected(socket));
    this.server.on("error", (error) => this.die(`could not open its channel: ${error.message}`));
    this.server.listen(socketPath, onListening);
    this.server.unref();
  }

  private connected(socket: Socket): void {
    this.server.close();
    rmSync(this.socketPath, { force: true });
    if (!this.alive) {
      socket.destroy();
      return;
    }
    this.socket = socket;
    socket.unref();
    socket.on("error", () => this.die("closed its channel"));
    // The fork server reports the exit code a moment after the channel closes: wait for it.
    socket.on("close", () => setTimeout(() => this.die("stopped unexpectedly"), EXIT_REPORT_GRACE_MS).unref());
    createInterface({ input: socket as Readable }).on("line", (line) => this.onLine(line));
    for (const text of this.pending.splice(0)) socket.write(text);
  }

  /** The server forked it (its pid), or saw it exit. */
  forked(pid: number): void {
    this.pid = pid;
    if (!this.alive) void this.kill();
  }

  /** The fork server stopped before this harness was forked. */
  abandon(why?: string): void {
    this.die(`could not start: drill's Python fork server stopped${why ? `: ${why}` : ""} (DRILL_FORK_SERVER=0 starts a Python per run instead)`);
    void this.kill();
  }

  exited(code: number): void {
    this.die(`stopped unexpectedly (${code < 0 ? `signal ${-code}` : `exit code ${code}`})`);
  }

  protected post(message: Request): void {
    const text = JSON.stringify(message) + "\n";
    if (this.socket) this.socket.write(text);
    else this.pending.push(text);
  }

  protected async kill(): Promise<void> {
    this.server.close();
    rmSync(this.socketPath, { force: true });
    this.socket?.destroy();
    if (this.pid) {
      try {
        process.kill(-this.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

/** The long-lived process that imports once and forks a harness per run. */
export class ForkServer {
  private readonly child: ChildProcess;
  private readonly toServer: Writable;
  private readonly bySocket = new Map<string, ForkedHarness>();
  private readonly byPid = new Map<number, ForkedHarness>();
  private dead = false;

  constructor(
    executable: string,
    private readonly options: HarnessRunnerOptions & { env?: NodeJS.ProcessEnv },
  ) {
    this.child = spawn(executable, ["-u", harnessScript, "--fork-server", ...(options.torch ? ["--torch"] : [])], {
      stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
      detached: true,
      env: harnessEnv(options.env ?? process.env),
    });
    this.child.unref();
    this.toServer = this.child.stdio[3] as Writable;
    this.toServer.on("error", () => this.stop());
    (this.child.stdio[4] as Readable & { unref?: () => void }).unref?.();
    createInterface({ input: this.child.stdio[4] as Readable }).on("line", (line) => this.onLine(line));
    this.child.on("error", () => this.stop());
    this.child.on("exit", () => this.stop());
  }

  get alive(): boolean {
    return !this.dead;
  }

  /** One line from the server, checked against the protocol: a server that breaks it is stopped. */
  private onLine(line: string): void {
    let checked: ReturnType<typeof checkForkServerReply>;
    try {
      checked = checkForkServerReply(JSON.parse(line));
    } catch {
      checked = { ok: false, error: "a line that is not JSON" };
    }
    if (!checked.ok) return this.stop(`it broke drill's message protocol (sent a malformed line: ${checked.error})`);
    if (checked.message.type === "protocol-error") return this.stop(`it broke drill's message protocol (did not understand a request: ${checked.message.message})`);
    const message = checked.message;
    if (message.type === "forked") {
      const harness = this.bySocket.get(message.socket);
      this.bySocket.delete(message.socket);
      if (harness) {
        this.byPid.set(message.pid, harness);
        harness.forked(message.pid);
      }
    } else if (message.type === "exited") {
      this.byPid.get(message.pid)?.exited(message.code);
      this.byPid.delete(message.pid);
    }
  }

  /** A new harness; it answers once the fork has connected and said it is ready. */
  fork(): ForkedHarness {
    const socketPath = join(socketFolder(), `${process.pid}-${randomBytes(6).toString("hex")}.sock`);
    const harness = new ForkedHarness(socketPath, this.options, () => {
      if (this.dead) harness.terminate();
      else this.toServer.write(JSON.stringify({ type: "fork", socket: socketPath } satisfies ForkRequest) + "\n");
    });
    this.bySocket.set(socketPath, harness);
    return harness;
  }

  /** Stops the server; harnesses not forked yet are told why, when there is a reason beyond drill stopping it. */
  stop(why?: string): void {
    if (this.dead) return;
    this.dead = true;
    for (const harness of [...this.bySocket.values()]) harness.abandon(why);
    this.bySocket.clear();
    if (this.child.exitCode === null && this.child.pid) {
      try {
        process.kill(-this.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}
