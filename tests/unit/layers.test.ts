// Imports point one way: commands and ui → watch, mock, review, quiz → suite, probe, report →
// runner, checker, registry, store, workspace → the leaf (shared values, randomness, paths,
// errors). Within a layer a folder may use another, but nothing may come back round: no cycle
// between folders, none between files (type imports count too).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";

const src = join(repoRoot, "src");

const LAYERS: Record<string, number> = {
  cli: 5, main: 5, "help-cache": 5, commands: 5, ui: 5, api: 5,
  watch: 4, mock: 4, review: 4, quiz: 4, debug: 4,
  suite: 3, probe: 3, report: 3, cases: 3,
  runner: 2, checker: 2, registry: 2, store: 2, workspace: 2,
  shared: 1, random: 1, paths: 1, errors: 1, types: 1, invocation: 1,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
  statement: string;
}

/** Every relative import and re-export of every file under src/, resolved to a file. */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/gm)) {
      const base = resolve(dirname(file), match[1]).replace(/\.js$/, "");
      const target = [".ts", ".tsx"].map((ext) => base + ext).find((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
      if (target) edges.push({ from: relative(src, file), to: relative(src, target), statement: match[0].trim().replace(/\s+/g, " ") });
    }
  }
  return edges;
}

const folderOf = (file: string) => file.split("/")[0].replace(/\.tsx?$/, "");

/** The first cycle found in a directed graph, as a path of nodes, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe("imports point one way", () => {
  const edges = importEdges();

  it("finds the imports it checks", () => {
    expect(edges.length).toBeGreaterThan(200);
  });

  it("every top-level folder of src/ has a layer", () => {
    const unknown = [...new Set(sourceFiles(src).map((f) => folderOf(relative(src, f))))].filter((folder) => !(folder in LAYERS));
    expect(unknown, "add the folder to LAYERS (and to README's Layout paragraph)").toEqual([]);
  });

  it("no import reaches up a layer", () => {
    const upward = edges
      .filter((e) => (LAYERS[folderOf(e.from)] ?? 0) < (LAYERS[folderOf(e.to)] ?? 0))
      .map((e) => `${e.from}: ${e.statement}`);
    expect(upward).toEqual([]);
  });

  it("no two folders import each other, directly or round a ring", () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      const [a, b] = [folderOf(e.from), folderOf(e.to)];
      if (a === b) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
    }
    const cycle = findCycle(graph);
    const why = cycle && cycle.slice(0, -1).map((folder, i) => edges.find((e) => folderOf(e.from) === folder && folderOf(e.to) === cycle[i + 1])).map((e) => `${e!.from}: ${e!.statement}`);
    expect(why ?? [], cycle ? `folder cycle ${cycle.join(" → ")}` : "").toEqual([]);
  });

  it("no two files import each other, directly or round a ring (type imports included)", () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      if (!graph.has(e.from)) graph.set(e.from, new Set());
      graph.get(e.from)!.add(e.to);
    }
    const cycle = findCycle(graph);
    expect(cycle ?? [], cycle ? `file cycle ${cycle.join(" → ")}` : "").toEqual([]);
  });
});
