// Study lists as data: the reader (both file forms, matching by slug or LeetCode number), the
// shipped Hot 100 list against the library, and cutting a styled row to the terminal's width.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readStudyList } from "../../src/registry/study-lists.js";
import { displayWidth, fitToWidth } from "../../src/commands/table-text.js";

const root = resolve(import.meta.dirname, "../..");

describe("readStudyList", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "drill-lists-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown) => writeFileSync(join(dir, `${name}.json`), JSON.stringify(content));

  it("reads an array of slugs, leaving out the ones the library lacks", () => {
    write("mine", ["b", "zzz", "a"]);
    const list = readStudyList(dir, "mine", new Set(["a", "b"]))!;
    expect(list.slugs).toEqual(["b", "a"]);
    expect(list.entries.map((e) => [e.position, e.slug, e.problem])).toEqual([[1, "b", "b"], [2, "zzz", undefined], [3, "a", "a"]]);
  });

  it("matches an entry by slug, else by its LeetCode number, and never a slug drill uses for another number", () => {
    write("hot", {
      title: { en: "Hot", zh: "热" },
      groups: [{ id: "g1", title: { en: "One", zh: "一" } }, { id: "g2", title: "Two" }],
      problems: [
        { slug: "two-sum", group: "g1", leetcode: 1, title: { en: "Two Sum" } },
        { slug: "sliding-window-maximum", group: "g1", leetcode: 239, title: "Sliding Window Maximum" },
        { slug: "course-schedule", group: "g2", leetcode: 207 },
        { slug: "future-problem", group: "g2", leetcode: 4242 },
        "lcs",
      ],
    });
    const known = [{ slug: "two-sum", leetcode: 1 }, { slug: "sliding-window-max", leetcode: 239 }, { slug: "course-schedule", leetcode: 210 }, { slug: "lcs" }];
    const list = readStudyList(dir, "hot", known)!;
    expect(list.title).toEqual({ en: "Hot", zh: "热" });
    expect(list.groups).toEqual([{ id: "g1", title: { en: "One", zh: "一" } }, { id: "g2", title: { en: "Two" } }]);
    expect(list.entries.map((e) => e.problem)).toEqual(["two-sum", "sliding-window-max", undefined, undefined, "lcs"]);
    expect(list.entries[1]).toMatchObject({ group: "g1", leetcode: 239, title: { en: "Sliding Window Maximum" } });
    expect(list.slugs).toEqual(["two-sum", "sliding-window-max", "lcs"]);
  });

  it("says which file and entry is wrong, and returns nothing for a list that is not there", () => {
    write("bad", { problems: ["a", { group: "x" }] });
    expect(() => readStudyList(dir, "bad", new Set(["a"]))).toThrow(/bad\.json: entry 2 has no "slug"/);
    writeFileSync(join(dir, "broken.json"), "{");
    expect(() => readStudyList(dir, "broken", new Set())).toThrow(/broken\.json: not valid JSON/);
    expect(readStudyList(dir, "absent", new Set())).toBeUndefined();
    expect(readStudyList(dir, "../etc", new Set())).toBeUndefined();
  });
});

describe("lists/hot100.json", () => {
  const raw = JSON.parse(readFileSync(join(root, "lists", "hot100.json"), "utf8")) as {
    groups: { id: string }[];
    problems: { slug: string; group: string; leetcode: number; title: { en: string; zh: string } }[];
  };
  const library = readdirSync(join(root, "problems")).flatMap((slug) => {
    try {
      const meta = JSON.parse(readFileSync(join(root, "problems", slug, "problem.json"), "utf8")) as { leetcode?: { id: number } };
      return [{ slug, leetcode: meta.leetcode?.id }];
    } catch {
      return [];
    }
  });

  it("holds the 100 problems once each, group after group in the list's order", () => {
    expect(raw.problems).toHaveLength(100);
    expect(new Set(raw.problems.map((p) => p.leetcode)).size).toBe(100);
    expect(new Set(raw.problems.map((p) => p.slug)).size).toBe(100);
    const order = raw.groups.map((g) => g.id);
    expect(order).toHaveLength(17);
    const seen = raw.problems.map((p) => order.indexOf(p.group));
    expect(seen.every((g) => g >= 0)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    for (const p of raw.problems) {
      expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.title.en && p.title.zh).toBeTruthy();
    }
    expect(raw.problems.slice(0, 3).map((p) => p.leetcode)).toEqual([1, 49, 128]);
    expect(raw.problems.at(-1)).toMatchObject({ leetcode: 287, group: "tricks" });
  });

  it("names every list problem drill has by drill's own slug", () => {
    const bySlug = new Map(library.map((p) => [p.slug, p]));
    for (const p of library) {
      const entry = raw.problems.find((e) => e.leetcode === p.leetcode);
      if (entry) expect(entry.slug, `problems/${p.slug} is LeetCode ${p.leetcode}: lists/hot100.json should name it "${p.slug}"`).toBe(p.slug);
    }
    for (const e of raw.problems) {
      const same = bySlug.get(e.slug);
      if (same) expect(same.leetcode, `lists/hot100.json names "${e.slug}" for LeetCode ${e.leetcode}`).toBe(e.leetcode);
    }
  });
});

describe("fitToWidth", () => {
  const upper = (s: string) => `<${s}>`;
  it("keeps a row that fits and drops its trailing spaces", () => {
    expect(fitToWidth([{ text: "ab", style: upper }, { text: " cd   " }], 20)).toBe("<ab> cd");
  });
  it("cuts a wide row to the width with an ellipsis, counting CJK characters as two columns", () => {
    const row = fitToWidth([{ text: "new", style: upper }, { text: "  两数之和 Two Sum" }], 10);
    expect(row).toBe("<new>  两数…");
    const plain = fitToWidth([{ text: "new  两数之和 Two Sum" }], 10);
    expect(displayWidth(plain)).toBeLessThanOrEqual(10);
  });
  it("never splits a style: a cut inside a styled piece closes it", () => {
    expect(fitToWidth([{ text: "abcdefgh", style: upper }], 5)).toBe("<abcd…>");
  });
});
