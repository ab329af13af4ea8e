// The review schedule seen from the other commands, on the built binary: drill review's list,
// list --due and its due column, drill next, stats' retention and forecast, a damaged review.json.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixtureRegistry, runDrill, tempDir } from "../helpers/cli.js";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const test = (slug: string, at: string, status = "passed") => ({ v: 1, type: "test", at, slug, lang: "ts", status, passed: 9, total: 9, durationMs: 5 });
const review = (slug: string, at: string, grade: number, firstRun: boolean) => ({
  v: 1, type: "review", at, slug, lang: "ts", grade, passed: grade > 1, firstRun, msToPass: 60_000, hints: 0, peeked: false, probeOk: true, spaceOk: true, folder: "x",
});

describe("the review schedule across commands", () => {
  let dir: ReturnType<typeof tempDir>;
  let drillDir: string;
  const drill = (args: string[], env: NodeJS.ProcessEnv = {}) => runDrill(args, { cwd: dir.path, env: { DRILL_PROBLEMS_DIR: fixtureRegistry, ...env } });
  const history = (...entries: object[]) => writeFileSync(join(drillDir, "history.jsonl"), entries.map((e) => JSON.stringify(e) + "\n").join(""));
  beforeEach(() => {
    dir = tempDir();
    drillDir = join(dir.path, "solutions", ".drill");
    mkdirSync(drillDir, { recursive: true });
  });
  afterEach(() => dir.remove());

  it("says how cards come before there are any", async () => {
    const r = await drill(["review"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No review cards yet: a problem gets one the first time it passes");
  });

  it("shows a due problem in drill review, list --due, the due column and the JSON", async () => {
    history(test("tiny-sum", ago(70)), review("tiny-sum", ago(60), 3, true));
    const r = await drill(["review"]);
    expect(r.stdout).toMatch(/Due today: 1 \(0 more this week\)\n\s+tiny-sum \[ts\]\s+\d+d late\s+last good · 2 reviews/);
    expect(r.stdout).toContain("Start with: drill review --start");
    expect((await drill(["review", "--lang", "py"])).stdout).toContain("Due today: 0");

    const list = await drill(["list", "--due"]);
    expect(list.stdout).toMatch(/STATUS\s+SLUG\s+TITLE\s+LEVEL\s+TARGET\s+DUE\s+TAGS/);
    expect(list.stdout).toMatch(/tiny-sum .* \d+d late/);
    expect(list.stdout).toContain("1 due for review (drill review)");
    const [row] = JSON.parse((await drill(["list", "--json"])).stdout);
    expect(Date.parse(row.due)).toBeLessThan(Date.now());
    expect(row.dueByLang).toEqual({ ts: row.due, py: null, torch: null });
  });

  it("keeps a problem reviewed well off list --due, with its date ahead in the column", async () => {
    history(test("tiny-sum", ago(2)), review("tiny-sum", ago(0), 4, true));
    const due = await drill(["list", "--due"]);
    expect(due.stdout).not.toMatch(/^passing|^new/m);
    const all = await drill(["list"]);
    expect(all.stdout).toMatch(/tiny-sum .* in \d+d/);
  });

  it("shows retention by week and the 14-day forecast in stats", async () => {
    history(test("tiny-sum", ago(40)), review("tiny-sum", ago(33), 1, false), review("tiny-sum", ago(32), 3, true), review("tiny-sum", ago(20), 3, true));
    const text = await drill(["stats"]);
    expect(text.stdout).toContain("Reviews · 1 problem on the schedule");
    expect(text.stdout).toMatch(/retention \(re-solves passed on the first run\), by week: .*% of \d/);
    expect(text.stdout).toMatch(/due in the next 14 days: 1 \(today \d\)/);
    expect(text.stdout).toContain("reviews falling due per day");
    const json = JSON.parse((await drill(["stats", "--json"])).stdout);
    expect(json.review.cards).toBe(1);
    expect(json.review.forecast).toHaveLength(14);
    expect(json.review.forecast.reduce((a: number, d: { due: number }) => a + d.due, 0)).toBe(1);
    const weeks = json.review.retention as { reviews: number; firstRun: number }[];
    expect(weeks.reduce((a, w) => a + w.reviews, 0)).toBe(3);
    expect(weeks.reduce((a, w) => a + w.firstRun, 0)).toBe(2);
  });

  it("reports a damaged review.json, keeps a backup, and rebuilds it from the history", async () => {
    history(test("tiny-sum", ago(30)), review("tiny-sum", ago(20), 3, true));
    const before = JSON.parse((await drill(["review", "--json"])).stdout);
    writeFileSync(join(drillDir, "review.json"), "{ torn");
    const r = await drill(["review", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/solutions\/\.drill\/review\.json was damaged \(not valid JSON.*\); set aside as solutions\/\.drill\/backup\/review\.json\.\S+ and rebuilt from the history/);
    expect(JSON.parse(r.stdout)).toEqual(before);
    expect(readdirSync(join(drillDir, "backup"))).toHaveLength(1);
    expect((await drill(["review"])).stderr).not.toContain("damaged");
  });
});

describe("drill next", () => {
  let dir: ReturnType<typeof tempDir>;
  const drill = (args: string[], env: NodeJS.ProcessEnv = {}) => runDrill(args, { cwd: dir.path, env });
  beforeEach(() => {
    dir = tempDir();
    mkdirSync(join(dir.path, "solutions", ".drill"), { recursive: true });
  });
  afterEach(() => dir.remove());

  it("follows the library's order, then a study list, and says when there is no such list", async () => {
    const list = JSON.parse((await drill(["list", "--json"])).stdout) as { slug: string }[];
    const first = await drill(["next", "--json"]);
    expect(JSON.parse(first.stdout)).toEqual({ kind: "new", slug: list[0].slug, lang: "ts", command: `drill new ${list[0].slug} && drill watch ${list[0].slug}` });
    writeFileSync(join(dir.path, "solutions", ".drill", "history.jsonl"), JSON.stringify(test(list[0].slug, ago(0))) + "\n");
    writeFileSync(join(dir.path, "solutions", `${list[0].slug}.ts`), "// solved");
    const text = await drill(["next"]);
    expect(text.stdout).toMatch(new RegExp(`^${list[1].slug} \\[ts\\] .*\\(next unsolved\\)\\n\\s+drill new ${list[1].slug} && drill watch ${list[1].slug}`));
    // Solved in TypeScript only: in Python it is still to do, and its file does not exist yet.
    const py = await drill(["next", "--lang", "py"]);
    expect(py.stdout).toMatch(new RegExp(`^${list[0].slug} \\[py\\] .*\\n\\s+drill new ${list[0].slug} --lang py && drill watch ${list[0].slug}`));

    const lists = join(dir.path, "lists");
    mkdirSync(lists);
    writeFileSync(join(lists, "mine.json"), JSON.stringify({ problems: ["lcs", "no-such-problem", "mha"] }));
    const mine = JSON.parse((await drill(["next", "--list", "mine", "--json"], { DRILL_LISTS_DIR: lists })).stdout);
    expect(mine).toMatchObject({ kind: "new", slug: "lcs" });
    const missing = await drill(["next", "--list", "hot100"], { DRILL_LISTS_DIR: lists });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such list "hot100"');
    expect(missing.stderr).toContain("one of: mine");
  });

  it("puts a due review first, with the command that starts it", async () => {
    writeFileSync(join(dir.path, "solutions", ".drill", "history.jsonl"), JSON.stringify(test("mha", ago(20))) + "\n");
    const r = await drill(["next"]);
    expect(r.stdout).toMatch(/^mha \[ts\] .*\(review, due \d+d late\)\n\s+drill review --start --limit 1\n$/);
    expect(existsSync(join(dir.path, "solutions", ".drill", "review.json"))).toBe(true);
  });
});
