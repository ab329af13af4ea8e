// Study lists: an ordered set of problems in a file of its own (lists/<name>.json), either an
// array of slugs or { "title"?, "groups"?, "problems": [slug or { "slug", "group"?, "leetcode"?,
// "title"? }] }. An entry is drill's problem with that slug, else the one with its LeetCode number;
// with neither it is "not in drill yet" (kept in the entries, left out of `slugs`).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ListTitle {
  en: string;
  zh?: string;
}

export interface StudyListEntry {
  /** 1-based place in the list. */
  position: number;
  /** The slug the file names (drill's slug, or the one it will use). */
  slug: string;
  group?: string;
  leetcode?: number;
  title?: ListTitle;
  /** drill's problem for this entry; undefined when drill does not have it yet. */
  problem?: string;
}

export interface StudyList {
  name: string;
  title?: ListTitle;
  groups: { id: string; title: ListTitle }[];
  entries: StudyListEntry[];
  /** The problems drill has, in the list's order. */
  slugs: string[];
}

/** What the reader needs to know of a library problem. */
export interface KnownProblem {
  slug: string;
  leetcode?: number;
}

export function listNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
  } catch {
    return [];
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function readTitle(v: unknown): ListTitle | undefined {
  if (typeof v === "string") return { en: v };
  if (isObject(v) && typeof v.en === "string") return { en: v.en, ...(typeof v.zh === "string" ? { zh: v.zh } : {}) };
  return undefined;
}

/**
 * The list, or undefined when there is no such file; a file that does not parse, or an entry
 * with no slug, throws with the file's name. `known` is the library (slugs, or slugs with their
 * LeetCode numbers so an entry can be matched by number).
 */
export function readStudyList(dir: string, name: string, known: ReadonlySet<string> | readonly KnownProblem[]): StudyList | undefined {
  if (!/^[\w-]+$/.test(name)) return undefined;
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const problems: KnownProblem[] = known instanceof Set ? [...known].map((slug) => ({ slug })) : [...(known as readonly KnownProblem[])];
  const bySlug = new Map(problems.map((p) => [p.slug, p]));
  const byNumber = new Map(problems.filter((p) => p.leetcode !== undefined).map((p) => [p.leetcode!, p.slug]));
  const resolve = (slug: string, leetcode?: number): string | undefined => {
    const same = bySlug.get(slug);
    // A slug drill uses for another LeetCode problem (course-schedule is 210, not 207) is not this entry.
    if (same && (leetcode === undefined || same.leetcode === undefined || same.leetcode === leetcode)) return slug;
    return leetcode === undefined ? undefined : byNumber.get(leetcode);
  };

  const rawEntries: unknown[] = Array.isArray(raw) ? raw : isObject(raw) && Array.isArray(raw.problems) ? raw.problems : [];
  const entries = rawEntries.map((e, i): StudyListEntry => {
    if (typeof e === "string") return { position: i + 1, slug: e, problem: resolve(e) };
    if (!isObject(e) || typeof e.slug !== "string") {
      throw new Error(`${file}: entry ${i + 1} has no "slug" (write a slug, or { "slug": "two-sum", "leetcode": 1 })`);
    }
    const leetcode = typeof e.leetcode === "number" ? e.leetcode : undefined;
    return {
      position: i + 1,
      slug: e.slug,
      ...(typeof e.group === "string" ? { group: e.group } : {}),
      ...(leetcode !== undefined ? { leetcode } : {}),
      ...(readTitle(e.title) ? { title: readTitle(e.title) } : {}),
      problem: resolve(e.slug, leetcode),
    };
  });
  const groups = isObject(raw) && Array.isArray(raw.groups)
    ? raw.groups.flatMap((g) => (isObject(g) && typeof g.id === "string" ? [{ id: g.id, title: readTitle(g.title) ?? { en: g.id } }] : []))
    : [];
  const title = isObject(raw) ? readTitle(raw.title) : undefined;
  const slugs = [...new Set(entries.flatMap((e) => (e.problem ? [e.problem] : [])))];
  return { name, ...(title ? { title } : {}), groups, entries, slugs };
}
