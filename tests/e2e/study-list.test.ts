// drill list --list NAME on the built binary: a study list in its order and groups, progress
// per problem and n/total solved, problems not in drill yet, rows cut to the terminal width.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runDrill, tempDir } from "../helpers/cli.js";

const now = new Date().toISOString();
const passed = (slug: string) => ({ v: 1, type: "test", at: now, slug, lang: "ts", status: "passed", passed: 9, total: 9, durationMs: 5 });

describe("drill list --list", () => {
  let dir: ReturnType<typeof tempDir>;
  let lists: string;
  const drill = (args: string[], env: NodeJS.ProcessEnv = {}) => runDrill(args, { cwd: dir.path, env: { DRILL_LISTS_DIR: lists, ...env }, timeoutMs: 120_000 });
  beforeEach(() => {
    dir = tempDir();
    lists = join(dir.path, "lists");
    mkdirSync(lists);
    mkdirSync(join(dir.path, "solutions", ".drill"), { recursive: true });
    writeFileSync(
      join(lists, "mine.json"),
      JSON.stringify({
        title: { en: "My list", zh: "我的" },
        groups: [{ id: "easy", title: { en: "Warm-up", zh: "热身" } }, { id: "later", title: { en: "Later" } }],
        problems: [
          { slug: "two-sum", group: "easy", leetcode: 1, title: { en: "Two Sum" } },
          { slug: "sliding-window-maximum", group: "easy", leetcode: 239, title: { en: "Sliding Window Maximum" } },
          { slug: "a-problem-from-the-future", group: "later", leetcode: 99999, title: { en: "A Problem From The Future", zh: "未来的题" } },
        ],
      }),
    );
    // two-sum passes; sliding-window-max (matched by its LeetCode number) is started.
    writeFileSync(join(dir.path, "solutions", ".drill", "history.jsonl"), JSON.stringify(passed("two-sum")) + "\n");
    writeFileSync(join(dir.path, "solutions", "two-sum.ts"), "// solved");
    writeFileSync(join(dir.path, "solutions", "sliding-window-max.ts"), "// started");
  });
  afterEach(() => dir.remove());

  it("shows the list in its order and groups with the progress on each problem", async () => {
    const r = await drill(["list", "--list", "mine"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("My list · 我的  1/3 solved");
    expect(lines[1]).toMatch(/^STATUS\s+#\s+SLUG\s+LEVEL\s+DUE\s+TITLE$/);
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(at("Warm-up · 热身  1/2")).toBeLessThan(at("two-sum"));
    expect(lines[at("two-sum")]).toMatch(/^passing\s+1\s+two-sum\s+easy\s+in \d+d\s+Two Sum · 两数之和$/);
    expect(lines[at("sliding-window-max")]).toMatch(/^started\s+239\s+sliding-window-max\s+hard\s+—\s+Sliding Window Maximum/);
    expect(at("Later  0/1")).toBeGreaterThan(at("sliding-window-max"));
    expect(lines[at("a-problem-from-the-future")]).toMatch(/^—\s+99999\s+a-problem-from-the-future\s+not in drill yet\s+A Problem From The Future · 未来的题$/);
    expect(r.stdout).toContain("1/3 solved · 2/3 in drill");
    expect(r.stdout).toContain("next: drill next --list mine");
  });

  it("cuts every row to the terminal width", async () => {
    const r = await drill(["list", "--list", "mine"], { COLUMNS: "50" });
    const rows = r.stdout.split("\n").filter((l) => /two-sum|future|sliding/.test(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect([...row].reduce((w, ch) => w + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0)).toBeLessThanOrEqual(50);
      expect(row.endsWith("…")).toBe(true);
    }
  });

  it("prints JSON, and filters without hiding the count", async () => {
    const json = JSON.parse((await drill(["list", "--list", "mine", "--json"])).stdout);
    expect(json).toMatchObject({ name: "mine", solved: 1, total: 3, inDrill: 2 });
    expect(json.problems.map((p: { slug: string; inDrill: boolean; status: string | null }) => [p.slug, p.inDrill, p.status])).toEqual([
      ["two-sum", true, "passing"],
      ["sliding-window-max", true, "started"],
      ["a-problem-from-the-future", false, null],
    ]);
    const passing = await drill(["list", "--list", "mine", "--status", "passing"]);
    expect(passing.stdout).toContain("two-sum");
    expect(passing.stdout).not.toContain("sliding-window-max");
    expect(passing.stdout).not.toContain("future");
    expect(passing.stdout).toContain("1/3 solved · 2/3 in drill · 1 shown");
  });

  it("names the lists there are for an unknown name", async () => {
    const r = await drill(["list", "--list", "blind75"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such list "blind75"');
    expect(r.stderr).toContain("one of: mine");
  });

  it("ships hot100: 100 problems in 17 groups", async () => {
    const r = await drill(["list", "--list", "hot100", "--json"], { DRILL_LISTS_DIR: "" });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ name: "hot100", solved: 1, total: 100 });
    expect(json.groups).toHaveLength(17);
    expect(json.problems[0]).toMatchObject({ position: 1, group: "hashing", leetcode: 1, slug: "two-sum", inDrill: true, status: "passing" });
    expect(json.problems.find((p: { leetcode: number }) => p.leetcode === 51)).toMatchObject({ group: "backtracking", title: { en: "N-Queens" } });
  });
});
