// A refused write into the workspace becomes one line for the user, not a stack trace.
import { describe, expect, it } from "vitest";
import { guardWrite, WorkspaceWriteError } from "../../src/workspace/write-error.js";

const failing = (code: string) => () => {
  throw Object.assign(new Error(`${code}: nope`), { code });
};

describe("guardWrite", () => {
  it.each(["EACCES", "EPERM", "EROFS"])("turns %s into a read-only workspace error", (code) => {
    expect(() => guardWrite("/w", failing(code))).toThrow(WorkspaceWriteError);
    try {
      guardWrite("/w", failing(code));
    } catch (error) {
      expect((error as WorkspaceWriteError).line("results not saved", "solutions")).toBe(
        "cannot write to the workspace solutions/: read-only; results not saved (make it writable, or pass --workspace DIR)",
      );
    }
  });

  it("says so when the disk is full, and lets other failures through", () => {
    expect(() => guardWrite("/w", failing("ENOSPC"))).toThrow(/the disk is full/);
    expect(() => guardWrite("/w", failing("EISDIR"))).toThrow("EISDIR: nope");
    expect(guardWrite("/w", () => 42)).toBe(42);
  });
});
