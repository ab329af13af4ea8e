// Driving the built binary in a real terminal: a private tmux server per session.
import { execFileSync } from "node:child_process";
import { userShellEnv } from "./cli.js";

export function hasTmux(): boolean {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export class TmuxSession {
  private readonly socket = `drill-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  private constructor() {}

  /** Starts `command` in a detached terminal of the given size; its exit code is printed as "[exit N]". */
  static start(command: string, options: { cwd: string; env?: Record<string, string>; width?: number; height?: number }): TmuxSession {
    const session = new TmuxSession();
    const env = Object.entries({ ...userShellEnv, NO_COLOR: "1", ...options.env })
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(" ");
    const script = `cd ${shellQuote(options.cwd)} && env -u CI ${env} ${command}; echo "[exit $?]"; sleep 600`;
    session.tmux("new-session", "-d", "-s", "main", "-x", String(options.width ?? 120), "-y", String(options.height ?? 40), script);
    return session;
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8" });
  }

  screen(): string {
    return this.tmux("capture-pane", "-p", "-t", "main");
  }

  sendKeys(...keys: string[]): void {
    this.tmux("send-keys", "-t", "main", ...keys);
  }

  /** Polls the screen until `pattern` shows up; fails with the last screen after `timeoutMs`. */
  async waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = "";
    while (Date.now() < deadline) {
      screen = this.screen();
      if (pattern.test(screen)) return screen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}; the screen was:\n${screen}`);
  }

  /** Whether the terminal shows its cursor (a full-screen program that exits must restore it). */
  cursorVisible(): boolean {
    return this.tmux("display-message", "-p", "-t", "main", "#{cursor_flag}").trim() === "1";
  }

  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // already gone
    }
  }
}
