// Files in the workspace that drill does not read: near misses of a solution's name (MHA.ts,
// sub/mha.ts, mha.tsx, sliding_window_max.py) and code files named after no problem. drill reads
// only <slug>.ts and <slug>.py at the top of the workspace; these are pointed out, never guessed at.
import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { LANG_EXTENSION, type Lang } from "../registry/problem.js";

/** What a file's extension says about its language (a .tsx or .js is still meant as TypeScript). */
const CODE_EXTENSIONS: Record<string, Lang> = {
  ".ts": "ts", ".tsx": "ts", ".mts": "ts", ".cts": "ts", ".js": "ts", ".mjs": "ts", ".cjs": "ts", ".jsx": "ts",
  ".py": "py", ".pyw": "py",
};

/** Folders of the workspace that are not solutions: drill's state, mock attempts. */
const SKIPPED = new Set([".drill", "mock", "node_modules", "__pycache__"]);

export interface Misnamed {
  slug: string;
  lang: Lang;
  /** The name drill reads: "mha.ts". */
  expected: string;
  /** What is there instead, relative to the workspace: ["MHA.ts", "sub/mha.ts"]. */
  found: string[];
}

export interface WorkspaceScan {
  misnamed: Misnamed[];
  /** Code files named after no problem, relative to the workspace. */
  ignored: string[];
}

const normalize = (name: string) => name.toLowerCase().replace(/[\s_]+/g, "-");

function entries(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir).map((name) => {
      try {
        return { name, dir: statSync(join(dir, name)).isDirectory() };
      } catch {
        return { name, dir: false };
      }
    });
  } catch {
    return [];
  }
}

/** The workspace's top level and the folders right below it. */
function codeFiles(workspace: string): string[] {
  const files: string[] = [];
  for (const entry of entries(workspace)) {
    if (entry.dir) {
      if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
      for (const inner of entries(join(workspace, entry.name))) if (!inner.dir) files.push(`${entry.name}/${inner.name}`);
    } else files.push(entry.name);
  }
  return files.filter((f) => extname(f).toLowerCase() in CODE_EXTENSIONS);
}

export function scanWorkspace(workspace: string, slugs: readonly string[]): WorkspaceScan {
  const known = new Set(slugs);
  const misnamed = new Map<string, Misnamed>();
  const ignored: string[] = [];
  for (const file of codeFiles(workspace)) {
    const ext = extname(file);
    const lang = CODE_EXTENSIONS[ext.toLowerCase()];
    const base = file.slice(file.lastIndexOf("/") + 1, -ext.length);
    // a.torch.py, a.test.ts: the part before the first dot names the problem.
    const slug = normalize(base.split(".")[0]);
    if (!known.has(slug)) {
      ignored.push(file);
      continue;
    }
    const expected = `${slug}${LANG_EXTENSION[lang]}`;
    if (file === expected || (!file.includes("/") && base.includes(".") && base.split(".")[0] === slug)) continue;
    // A copy beside the real file (sub/mha.ts next to mha.ts) is the user's business.
    if (existsSync(join(workspace, expected))) continue;
    const key = `${slug}:${lang}`;
    const entry = misnamed.get(key) ?? { slug, lang, expected, found: [] };
    entry.found.push(file);
    misnamed.set(key, entry);
  }
  return { misnamed: [...misnamed.values()], ignored };
}
