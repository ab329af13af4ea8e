// The build's index of problems/: every problem.json as validated, with the size and modification
// time of problem.json and cases.json when they were. A command that finds every file as the index
// has it builds the registry from the index, without zod and without reading 2 MB of cases; one
// changed, added or broken file and it loads everything the full way (load.ts).
import { readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { packageRoot } from "../paths.js";
import { buildProblem, folderFiles, problemFolders, readJson, type CasesLoading } from "./build-problem.js";
import type { Registry } from "./problem.js";
import type { FixedCase, ProblemMeta } from "./schema.js";

const INDEX_VERSION = 2;
export const REGISTRY_INDEX_FILE = join(packageRoot, "dist", "registry-index.json");

interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface IndexEntry {
  /** The folder's modification time and its files: adding or removing a file changes the time. */
  folder: FileStamp;
  files: string[];
  problemJson: FileStamp;
  casesJson: FileStamp;
  /** Without the hints, a quarter of the index that start-up would parse for nothing: they are read on first use. */
  meta: Omit<ProblemMeta, "hints">;
}

export interface RegistryIndex {
  version: number;
  problems: Record<string, IndexEntry>;
}

function stampOf(path: string): FileStamp | null {
  try {
    const { size, mtimeMs } = statSync(path);
    return { size, mtimeMs };
  } catch {
    return null;
  }
}

const sameStamp = (a: FileStamp | null, b: FileStamp) => a !== null && a.size === b.size && a.mtimeMs === b.mtimeMs;
/** A folder's size is the file system's business; its time is what says a file came or went. */
const sameFolder = (dir: string, b: FileStamp) => stampOf(dir)?.mtimeMs === b.mtimeMs;

/** The index of a registry loaded the full way; its broken problems are left out. */
export function indexRegistry(registry: Registry): RegistryIndex {
  const problems: Record<string, IndexEntry> = {};
  for (const problem of registry.problems) {
    const folder = stampOf(problem.dir);
    const problemJson = stampOf(join(problem.dir, "problem.json"));
    const casesJson = stampOf(join(problem.dir, "cases.json"));
    const { hints: _, ...meta } = problem.meta;
    if (folder && problemJson && casesJson) problems[problem.slug] = { folder: { ...folder, size: 0 }, files: folderFiles(problem.dir), problemJson, casesJson, meta };
  }
  return { version: INDEX_VERSION, problems };
}

function readIndex(path: string): RegistryIndex | null {
  try {
    const index = JSON.parse(readFileSync(path, "utf8")) as RegistryIndex;
    return index.version === INDEX_VERSION && index.problems ? index : null;
  } catch {
    return null;
  }
}

/** cases.json as it was when the index was built, so validated then; checkKind still runs on it. */
const casesAsIndexed = (raw: unknown) => (raw as { cases: FixedCase[] }).cases;

/** The hints from problem.json, read when first asked for (the index vouches the file is as validated). */
function withHintsFromFile(meta: Omit<ProblemMeta, "hints">, problemJson: string): ProblemMeta {
  let hints: string[] | undefined;
  return Object.defineProperty(meta, "hints", {
    enumerable: true,
    get: () => (hints ??= (readJson(problemJson, "problem.json") as ProblemMeta).hints),
  }) as ProblemMeta;
}

/** The registry from the index, or null when any problem folder is not exactly as indexed. */
export function registryFromIndex(registryDir: string, casesLoading: CasesLoading, indexPath = REGISTRY_INDEX_FILE): Registry | null {
  const index = readIndex(indexPath);
  const folders = index && problemFolders(registryDir);
  if (!index || !folders || folders.issues.length > 0) return null;
  const registry: Registry = { dir: registryDir, problems: [], issues: [] };
  for (const slug of folders.slugs) {
    const entry = index.problems[slug];
    const dir = join(registryDir, slug);
    const unchanged = (name: string, stamp: FileStamp) => sameStamp(stampOf(`${dir}${sep}${name}`), stamp);
    if (!entry || !sameFolder(dir, entry.folder) || !unchanged("problem.json", entry.problemJson) || !unchanged("cases.json", entry.casesJson)) return null;
    try {
      registry.problems.push(buildProblem(registryDir, slug, withHintsFromFile(entry.meta, `${dir}${sep}problem.json`), casesLoading, casesAsIndexed, entry.files, { checkedByBuild: true }));
    } catch {
      return null;
    }
  }
  return registry;
}
