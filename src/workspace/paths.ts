// Every path rule of the user's workspace in one place.
import { isAbsolute, join, relative, resolve } from "node:path";
import { LANG_EXTENSION, type Lang } from "../registry/load.js";

export const DEFAULT_WORKSPACE = "solutions";

export interface WorkspaceOptions {
  cwd: string;
  /** --workspace DIR */
  workspace?: string;
  env?: NodeJS.ProcessEnv;
}

/** --workspace, else DRILL_WORKSPACE, else ./solutions. */
export function resolveWorkspace({ cwd, workspace, env = process.env }: WorkspaceOptions): string {
  return resolve(cwd, workspace || env.DRILL_WORKSPACE || DEFAULT_WORKSPACE);
}

export function solutionPath(workspace: string, slug: string, lang: Lang): string {
  return join(workspace, `${slug}${LANG_EXTENSION[lang]}`);
}

/** drill's own state inside the workspace: history, backups. */
export function stateDir(workspace: string): string {
  return join(workspace, ".drill");
}

export function backupDir(workspace: string): string {
  return join(stateDir(workspace), "backup");
}

/** A review's fresh stubs: <workspace>/review/<day>/, or <day>-2/, … when an earlier review that day holds one of `files`. */
export function reviewDir(workspace: string, day: string, files: string[], exists: (path: string) => boolean): string {
  for (let i = 1; ; i++) {
    const dir = join(workspace, "review", i === 1 ? day : `${day}-${i}`);
    if (!files.some((f) => exists(join(dir, f)))) return dir;
  }
}

/** A path as the user would type it: relative when under the current folder. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
