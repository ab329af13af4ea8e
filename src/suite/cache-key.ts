// What a verdict depends on, hashed into one key: the solution's content, the problem's data,
// drill's own code, the runtime, and the options of the run. Any change gives another key.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { packageRoot } from "../paths.js";
import type { Lang, Problem } from "../registry/problem.js";
import type { PythonInfo } from "../runner/python-env.js";

export interface CacheOptions {
  seed: number;
  probe: boolean;
  space: boolean;
  budgetMs?: number;
}

export interface KeyParts {
  solution: string;
  problem: string;
  drill: string;
  runtime: string;
  options: string;
}

const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** Every file under a folder, in a stable order, with its path relative to the folder. */
function filesUnder(dir: string, skip: (name: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (skip(e.name)) continue;
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** A hash of a folder's files: their paths and their bytes. */
export function folderHash(dir: string, skip?: (name: string) => boolean): string {
  const hash = createHash("sha256");
  for (const file of filesUnder(dir, skip)) {
    hash.update(relative(dir, file)).update("\0");
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update("unreadable");
    }
    hash.update("\0");
  }
  return hash.digest("hex");
}

let drillHash: string | undefined;

/**
 * drill's own code: package.json (its version and its dependencies' versions) and every file
 * under src/. src/ is hashed rather than dist/ because it is what dist/ is built from and because
 * the Python harness is read from src/ at run time; editing any of it gives a new key. Computed
 * once per process.
 */
export function drillVersion(): string {
  if (drillHash === undefined) {
    let pkg = "";
    try {
      pkg = readFileSync(join(packageRoot, "package.json"), "utf8");
    } catch {
      // no package.json: src alone
    }
    const version = (() => {
      try {
        return (JSON.parse(pkg) as { version?: string }).version ?? "?";
      } catch {
        return "?";
      }
    })();
    drillHash = `${version}+${sha(pkg + "\0" + folderHash(join(packageRoot, "src"), (name) => name === "__pycache__")).slice(0, 16)}`;
  }
  return drillHash;
}

/** The runtime that runs the solution: Node for TypeScript; Python, numpy and torch for Python. */
export function runtimeOf(lang: Lang, python: PythonInfo | null): string {
  const node = `node ${process.version}`;
  if (lang === "ts") return node;
  if (!python) return `${node}; python unknown`;
  return `${node}; python ${python.version} (${python.executable}); numpy ${python.numpy ?? "none"}; torch ${python.torch ?? "none"}`;
}

export function optionsKey(options: CacheOptions): string {
  return JSON.stringify({ seed: options.seed, probe: options.probe, space: options.probe && options.space, budgetMs: options.probe ? (options.budgetMs ?? null) : null });
}

export function keyParts(problem: Problem, lang: Lang, solution: Buffer, python: PythonInfo | null, options: CacheOptions): KeyParts {
  return {
    solution: sha(solution),
    problem: folderHash(problem.dir, (name) => name === "__pycache__" || name.startsWith(".")),
    drill: drillVersion(),
    runtime: runtimeOf(lang, python),
    options: optionsKey(options),
  };
}

export function cacheKey(parts: KeyParts): string {
  return sha(JSON.stringify(parts));
}
