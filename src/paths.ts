// Every path that belongs to drill itself (not to the user's workspace).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("drill: cannot find its own package.json");
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();

/** Where problems live; DRILL_PROBLEMS_DIR points drill at another registry (tests use a fixture one). */
export function problemsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DRILL_PROBLEMS_DIR || join(packageRoot, "problems");
}

export const templatesDir = join(packageRoot, "templates");

/** The theory flashcards; DRILL_CARDS_DIR points drill at another bank. */
export function cardsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DRILL_CARDS_DIR || join(packageRoot, "cards");
}

/** The bundled solution worker; `npm run build` (run by `npm install` and `npm test`) writes it. */
export const workerScript = join(packageRoot, "dist", "worker.js");

/** Study lists (a file per list: <name>.json); DRILL_LISTS_DIR points drill at another folder. */
export function listsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DRILL_LISTS_DIR || join(packageRoot, "lists");
}
