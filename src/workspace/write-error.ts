// A workspace drill cannot write to (read-only, no permission, a full disk): one line for the
// user, never a stack trace. Every write drill makes into the workspace goes through guardWrite.
import { UserError } from "../errors.js";

const CANNOT_WRITE = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT"]);

export class WorkspaceWriteError extends UserError {
  constructor(
    readonly workspace: string,
    readonly reason: string,
  ) {
    super(`cannot write to the workspace ${workspace}/ (${reason})`);
    this.name = "WorkspaceWriteError";
  }

  /** The one line drill prints: what failed and what was lost, and what to do. */
  line(lost: string, shownAs = this.workspace): string {
    return `cannot write to the workspace ${shownAs}/: ${this.reason}; ${lost} (make it writable, or pass --workspace DIR)`;
  }
}

function reasonFor(code: string | undefined): string | null {
  if (!code || !CANNOT_WRITE.has(code)) return null;
  if (code === "ENOSPC" || code === "EDQUOT") return "the disk is full";
  return "read-only";
}

/** Runs a write into the workspace; a refusal to write becomes a WorkspaceWriteError. */
export function guardWrite<T>(workspace: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const reason = reasonFor((error as NodeJS.ErrnoException).code);
    if (reason) throw new WorkspaceWriteError(workspace, reason);
    throw error;
  }
}
