// Study lists: an ordered set of problems in a file of its own (lists/<name>.json), either an
// array of slugs or { "problems": [slug or { "slug" }] }. Slugs the library lacks are left out.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface StudyList {
  name: string;
  slugs: string[];
}

export function listNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
  } catch {
    return [];
  }
}

/** The list, or undefined when there is no such file; a file that does not parse throws with its name. */
export function readStudyList(dir: string, name: string, known: ReadonlySet<string>): StudyList | undefined {
  if (!/^[\w-]+$/.test(name)) return undefined;
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const entries: unknown[] = Array.isArray(raw) ? raw : Array.isArray((raw as { problems?: unknown })?.problems) ? (raw as { problems: unknown[] }).problems : [];
  const slugs = entries
    .map((e) => (typeof e === "string" ? e : typeof (e as { slug?: unknown })?.slug === "string" ? (e as { slug: string }).slug : undefined))
    .filter((s): s is string => s !== undefined && known.has(s));
  return { name, slugs };
}
