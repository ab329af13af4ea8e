// Running the built drill binary the way a user does, in a temp folder.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const drillBin = join(repoRoot, "bin", "drill.js");
export const fixtureRegistry = join(repoRoot, "tests", "fixtures", "registry");
export const fixtureSolutions = join(repoRoot, "tests", "fixtures", "solutions");

/**
 * A folder with `drill` linked to this checkout's binary, as `npm link` leaves it: tests run drill
 * the way a user with drill on PATH does, so its suggestions read `drill …`.
 */
export const drillOnPath: string = (() => {
  const dir = join(tmpdir(), `drill-bin-${createHash("sha256").update(repoRoot).digest("hex").slice(0, 12)}`);
  mkdirSync(dir, { recursive: true });
  try {
    if (!existsSync(join(dir, "drill"))) symlinkSync(drillBin, join(dir, "drill"));
  } catch {
    // another test file linked it first
  }
  return dir;
})();

/** The environment of a user's shell: drill on PATH, not started through npx. */
export const userShellEnv = { PATH: `${drillOnPath}${delimiter}${process.env.PATH ?? ""}`, npm_command: "", npm_lifecycle_event: "" };

export interface DrillRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runDrill(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<DrillRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [drillBin, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...userShellEnv, NO_COLOR: "1", CI: "true", DRILL_WORKSPACE: "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`drill ${args.join(" ")} did not finish within ${options.timeoutMs ?? 60000} ms`));
    }, options.timeoutMs ?? 60000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

export function tempDir(prefix = "drill-test-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
