// Running TypeScript pasted from LeetCode's editor unchanged: the entry may be a plain
// top-level function, class or const (LeetCode never exports it), and it may use the globals
// LeetCode's runtime provides — the @datastructures-js queues, lodash's _, TreeNode, ListNode,
// _Node (a list node with a random pointer) —
// without importing them. These are added around the code, only when the code uses them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../paths.js";

/** The export that exposes an entry LeetCode-style code declares but does not export. */
export const LEETCODE_ENTRY = "__drill_leetcode_entry";

const moduleUrl = (...path: string[]) => pathToFileURL(join(packageRoot, "node_modules", ...path)).href;

const GLOBALS: { names: string[]; pattern: RegExp; code: () => string }[] = [
  { names: ["PriorityQueue", "MinPriorityQueue", "MaxPriorityQueue"], pattern: /\b(Min|Max)?PriorityQueue\b/, code: () => `import { PriorityQueue, MinPriorityQueue, MaxPriorityQueue } from ${JSON.stringify(moduleUrl("@datastructures-js", "priority-queue", "index.js"))};` },
  { names: ["Queue"], pattern: /\bQueue\b/, code: () => `import { Queue } from ${JSON.stringify(moduleUrl("@datastructures-js", "queue", "index.js"))};` },
  { names: ["Deque"], pattern: /\bDeque\b/, code: () => `import { Deque } from ${JSON.stringify(moduleUrl("@datastructures-js", "deque", "index.js"))};` },
  { names: ["_"], pattern: /\b_\s*\.\s*[A-Za-z]/, code: () => `import _ from ${JSON.stringify(moduleUrl("lodash", "lodash.js"))};` },
  {
    names: ["TreeNode"],
    pattern: /\bTreeNode\s*\(/,
    code: () => "class TreeNode { constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; } }",
  },
  {
    names: ["ListNode"],
    pattern: /\bListNode\s*\(/,
    code: () => "class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }",
  },
  {
    names: ["_Node"],
    pattern: /\b_Node\s*\(/,
    code: () => "class _Node { constructor(val = 0, next = null, random = null) { this.val = val; this.next = next; this.random = random; } }",
  },
];

function declares(source: string, name: string): boolean {
  const escaped = name.replace(/[$]/g, "\\$");
  return new RegExp(`(^|\\n)\\s*(export\\s+)?(declare\\s+)?(abstract\\s+)?(async\\s+)?(function\\*?|class|const|let|var|interface|type)\\s+${escaped}\\b`).test(source) ||
    new RegExp(`import[^;]*\\b${escaped}\\b[^;]*from`).test(source);
}

function exportsName(source: string, name: string): boolean {
  return new RegExp(`(^|\\n)\\s*export\\s+(default\\s+)?(async\\s+)?(function\\*?|class|const|let|var)\\s+${name}\\b`).test(source) || new RegExp(`export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`).test(source);
}

/**
 * Code to put before and after the user's source (esbuild keeps the source map right). The
 * entry may carry drill's name or LeetCode's (`leetcodeName`, merge-intervals' `merge`).
 */
export function leetcodeWrapping(source: string, entry: string, leetcodeName?: string): { banner: string; footer: string } {
  const banner = GLOBALS.filter((g) => g.pattern.test(source) && !g.names.some((n) => declares(source, n)))
    .map((g) => g.code())
    .join("\n");
  const plain = (name: string) => declares(source, name) && !exportsName(source, name) && /(^|\n)\s*(async\s+)?(function|class|const|let|var)\s/.test(source);
  const exported = (name: string) => exportsName(source, name);
  // drill's own name wins when the file has it in either form.
  const name = exported(entry) ? undefined : plain(entry) ? entry : leetcodeName && leetcodeName !== entry && plain(leetcodeName) ? leetcodeName : undefined;
  const footer = name ? `export { ${name} as ${LEETCODE_ENTRY} };` : "";
  return { banner, footer };
}

/** The names drill looks for, for a load error: "mergeIntervals, or LeetCode's name merge". */
export function entryNamesWanted(entry: string, leetcodeName?: string): string {
  return leetcodeName && leetcodeName !== entry ? `${entry}, or LeetCode's name ${leetcodeName},` : entry;
}

/** The npm packages behind LeetCode's JavaScript/TypeScript globals (LeetCode's versions are in package.json). */
export const LEETCODE_PACKAGES = ["@datastructures-js/priority-queue", "@datastructures-js/queue", "@datastructures-js/deque", "lodash"];

/** Each package with the version installed beside drill (null when it is missing). */
export function leetcodeRuntime(): { name: string; version: string | null }[] {
  return LEETCODE_PACKAGES.map((name) => {
    try {
      const pkg = JSON.parse(readFileSync(join(packageRoot, "node_modules", ...name.split("/"), "package.json"), "utf8")) as { version?: string };
      return { name, version: pkg.version ?? null };
    } catch {
      return { name, version: null };
    }
  });
}
