// Watching the workspace for solution saves. Every kind of save editors do must count, and
// the last one must always win: events are debounced per file, the content is hashed (an
// event without a content change is no save), and the file is read once more shortly after,
// because chokidar can drop a second change that lands within ~50 ms of the first.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { watch, type FSWatcher } from "chokidar";

export const DEBOUNCE_MS = 15;
export const SETTLE_MS = 80;
const WORKSPACE_POLL_MS = 500;

export interface SolutionFileEvent {
  path: string;
  exists: boolean;
}

export interface FileWatcherOptions {
  workspace: string;
  /** Which files matter (solution files: <slug>.ts / <slug>.py). */
  accepts: (path: string) => boolean;
  onChange: (event: SolutionFileEvent) => void;
  onWorkspaceGone?: () => void;
  onWorkspaceBack?: () => void;
}

function contentHash(path: string): string | null {
  try {
    return createHash("sha1").update(readFileSync(path)).digest("hex");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    // Unreadable (permissions): still a change worth a run, which reports it.
    return `unreadable:${code}:${Date.now()}`;
  }
}

export class SolutionWatcher {
  private watcher?: FSWatcher;
  private readonly hashes = new Map<string, string | null>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly poll: NodeJS.Timeout;
  private present: boolean;
  private closed = false;

  constructor(private readonly options: FileWatcherOptions) {
    this.present = existsSync(options.workspace);
    if (this.present) this.startWatching();
    // chokidar cannot watch a folder that does not exist: look for it (and for its removal).
    this.poll = setInterval(() => this.checkWorkspace(), WORKSPACE_POLL_MS);
    this.poll.unref();
  }

  /** Remembers the content a run is about to use, so the same content is not run twice. */
  seen(path: string): void {
    this.hashes.set(path, contentHash(path));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.poll);
    for (const timer of this.timers.values()) clearTimeout(timer);
    await this.watcher?.close();
  }

  private startWatching(): void {
    // A save that lands while chokidar is still scanning the folder produces no event, so the
    // content is noted now and looked at again once the scan is over.
    for (const path of this.solutionFiles()) if (!this.hashes.has(path)) this.hashes.set(path, contentHash(path));
    this.watcher = watch(this.options.workspace, {
      ignoreInitial: true,
      depth: 0,
      ignored: (path: string) => basename(path).startsWith(".") && path !== this.options.workspace,
    });
    for (const event of ["add", "change", "unlink"] as const) {
      this.watcher.on(event, (path: string) => this.options.accepts(path) && this.schedule(path, DEBOUNCE_MS, true));
    }
    this.watcher.on("ready", () => {
      for (const path of this.solutionFiles()) this.check(path);
    });
    this.watcher.on("error", () => {
      // A vanished folder is handled by the poll; other errors leave the poll as the safety net.
    });
  }

  private solutionFiles(): string[] {
    try {
      return readdirSync(this.options.workspace)
        .map((name) => join(this.options.workspace, name))
        .filter((path) => this.options.accepts(path));
    } catch {
      return [];
    }
  }

  private checkWorkspace(): void {
    const present = existsSync(this.options.workspace);
    if (present === this.present || this.closed) return;
    this.present = present;
    if (!present) {
      void this.watcher?.close();
      this.watcher = undefined;
      this.options.onWorkspaceGone?.();
    } else {
      this.startWatching();
      this.options.onWorkspaceBack?.();
    }
  }

  private schedule(path: string, delay: number, settle: boolean): void {
    clearTimeout(this.timers.get(path));
    this.timers.set(
      path,
      setTimeout(() => {
        this.timers.delete(path);
        this.check(path);
        // One more look after the burst, for a change chokidar did not report.
        if (settle) this.schedule(path, SETTLE_MS, false);
      }, delay),
    );
  }

  private check(path: string): void {
    if (this.closed) return;
    const hash = contentHash(path);
    if (this.hashes.has(path) && this.hashes.get(path) === hash) return;
    this.hashes.set(path, hash);
    this.options.onChange({ path, exists: hash !== null });
  }
}

export function isSolutionFile(path: string): boolean {
  const ext = extname(path);
  return (ext === ".ts" || ext === ".py") && !basename(path).startsWith(".");
}
