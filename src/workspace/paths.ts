// Every path rule of the user's workspace in one place.
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { problemsDir } from "../paths.js";
import { LANG_EXTENSION, type Lang } from "../registry/problem.js";

export const DEFAULT_WORKSPACE = "solutions";

export interface WorkspaceOptions {
  cwd: string;
  /** --workspace DIR */
  workspace?: string;
  env?: NodeJS.ProcessEnv;
}

export interface FoundWorkspace {
  path: string;
  /** How it was chosen: --workspace, DRILL_WORKSPACE, found walking up from the current folder, or ./solutions. */
  how: "flag" | "env" | "found" | "default";
  /** Something the user should know: another workspace inside this one, or this one inside another. */
  warning?: string;
}

const isDir = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The solution files in a folder: files named after a problem (`lcs.ts`, `mha.py`). */
export function solutionFilesIn(dir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const extensions = Object.values(LANG_EXTENSION);
  const coded = names.filter((name) => extensions.some((ext) => name.endsWith(ext)));
  if (coded.length === 0) return [];
  const slugs = problemSlugs(problemsDir(env));
  return coded.filter((name) => extensions.some((ext) => name.endsWith(ext) && slugs.has(name.slice(0, -ext.length))));
}

/** Finding the workspace asks about several folders: problems/ is listed again only when it changed. */
const listedProblems = new Map<string, { mtimeMs: number; slugs: Set<string> }>();
function problemSlugs(dir: string): Set<string> {
  const mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs;
  if (mtimeMs === undefined) return new Set();
  const listed = listedProblems.get(dir);
  if (listed?.mtimeMs === mtimeMs) return listed.slugs;
  const slugs = new Set(readdirSync(dir));
  listedProblems.set(dir, { mtimeMs, slugs });
  return slugs;
}

/** A folder drill has used as a workspace: it has `.drill/` or solution files. */
export function isWorkspace(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return isDir(join(dir, ".drill")) || solutionFilesIn(dir, env).length > 0;
}

/** The current folder and every folder above it, nearest first. */
function upFrom(dir: string): string[] {
  const chain = [dir];
  for (let d = dirname(dir); d !== chain[chain.length - 1]; d = dirname(d)) chain.push(d);
  return chain;
}

function nestingWarning(path: string, cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const inner = join(path, DEFAULT_WORKSPACE);
  if (isWorkspace(inner, env)) {
    const files = solutionFilesIn(inner, env);
    return `another workspace is nested inside this one: ${displayPath(inner, cwd)}/${files.length ? ` (${files.slice(0, 3).join(", ")}${files.length > 3 ? ", …" : ""})` : ""}; drill uses ${displayPath(path, cwd)}/. Move those files up a folder, or pass --workspace ${displayPath(inner, cwd)}`;
  }
  // A mock's folder (<workspace>/mock/<id>/) is meant to sit inside its workspace.
  const outer = upFrom(dirname(path)).find((d) => isWorkspace(d, env));
  if (outer && basename(dirname(path)) !== "mock") {
    return `${displayPath(path, cwd)}/ is inside another workspace, ${displayPath(outer, cwd)}/; drill uses the inner one (pass --workspace to choose)`;
  }
  return undefined;
}

/**
 * --workspace, else DRILL_WORKSPACE, else the nearest folder at or above the current one that
 * holds `.drill/` or solution files (./solutions/ is tried right after the current folder), else ./solutions.
 */
export function findWorkspace({ cwd, workspace, env = process.env }: WorkspaceOptions): FoundWorkspace {
  const chosen = (path: string, how: FoundWorkspace["how"]): FoundWorkspace => {
    const warning = nestingWarning(path, cwd, env);
    return warning ? { path, how, warning } : { path, how };
  };
  if (workspace) return chosen(resolve(cwd, workspace), "flag");
  if (env.DRILL_WORKSPACE) return chosen(resolve(cwd, env.DRILL_WORKSPACE), "env");
  const [here, ...above] = upFrom(resolve(cwd));
  for (const candidate of [here, join(here, DEFAULT_WORKSPACE), ...above]) {
    // drill's own state folder is never a workspace of its own.
    if (candidate.split(sep).includes(".drill")) continue;
    if (isWorkspace(candidate, env)) return chosen(candidate, "found");
  }
  return chosen(join(here, DEFAULT_WORKSPACE), "default");
}

/** The workspace's path (see findWorkspace). */
export function resolveWorkspace(options: WorkspaceOptions): string {
  return findWorkspace(options).path;
}

export function solutionPath(workspace: string, slug: string, lang: Lang): string {
  return join(workspace, solutionFileName(slug, lang));
}

export function solutionFileName(slug: string, lang: Lang): string {
  return `${slug}${LANG_EXTENSION[lang]}`;
}

/** drill's own state inside the workspace: history, backups. */
export function stateDir(workspace: string): string {
  return join(workspace, ".drill");
}

/** Saved verdicts, one small JSON file per solution; safe to delete. */
export function cacheDir(workspace: string): string {
  return join(stateDir(workspace), "cache");
}

/** The saved verdict of one solution: <workspace>/.drill/cache/<slug>.<lang>.json. */
export function cacheFile(workspace: string, slug: string, lang: Lang): string {
  return join(cacheDir(workspace), `${slug}.${lang}.json`);
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
  if (rel === "") return ".";
  return !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
