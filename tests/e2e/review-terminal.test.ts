// drill review --start in a real terminal (tmux), on the built binary: a due problem appears
// with a fresh stub in review/<day>/, a pass is graded and moves its due date, and the user's
// own solution is never touched.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, fixtureRegistry, repoRoot, runDrill, tempDir } from "../helpers/cli.js";
import { hasTmux, TmuxSession } from "../helpers/tmux.js";

const right = `export function sumArray(nums: number[]): number {
  if (nums.length === 0) throw new RangeError("empty");
  let total = 0;
  for (const x of nums) total += x;
  return total;
}`;

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

describe.skipIf(!hasTmux())("drill review --start in a real terminal", () => {
  let dir: ReturnType<typeof tempDir>;
  let term: TmuxSession | undefined;
  let workspace: string;
  const env = { DRILL_PROBLEMS_DIR: fixtureRegistry };
  beforeEach(() => {
    dir = tempDir();
    workspace = join(dir.path, "solutions");
    mkdirSync(join(workspace, ".drill"), { recursive: true });
    writeFileSync(join(workspace, "tiny-sum.ts"), right);
    // Solved ten days ago: its first review is due.
    const solved = { v: 1, type: "test", at: new Date(Date.now() - 10 * 86_400_000).toISOString(), slug: "tiny-sum", lang: "ts", status: "passed", passed: 9, total: 9, durationMs: 5 };
    writeFileSync(join(workspace, ".drill", "history.jsonl"), JSON.stringify(solved) + "\n");
  });
  afterEach(() => {
    term?.kill();
    dir.remove();
  });

  it("lists the due problem, re-solves it from a fresh stub, grades the pass and moves its due date", async () => {
    const listed = await runDrill(["review", "--json"], { cwd: dir.path, env });
    expect(JSON.parse(listed.stdout)).toMatchObject({ dueToday: 1, today: [{ slug: "tiny-sum", lang: "ts", lastGrade: "good" }] });
    const dueBefore = Date.parse(JSON.parse(listed.stdout).today[0].due);
    expect(dueBefore).toBeLessThan(Date.now());
    expect((await runDrill(["next"], { cwd: dir.path, env })).stdout).toMatch(/tiny-sum \[ts\].*\(review, due \d+d late\)\n\s+drill review --start --limit 1/);

    term = TmuxSession.start(`node ${drillBin} review --start --no-probe`, { cwd: dir.path, env });
    let screen = await term.waitFor(/drill review/, 20_000);
    screen = await term.waitFor(/not implemented|✗ fixed cases/, 20_000);
    expect(screen).toMatch(/tiny-sum \[ts\]/);
    const stub = join(workspace, "review", localDay(new Date()), "tiny-sum.ts");
    expect(existsSync(stub)).toBe(true);
    expect(screen).toContain(`solutions/review/${localDay(new Date())}/tiny-sum.ts`);

    writeFileSync(stub, right);
    screen = await term.waitFor(/good → due \d{4}-\d\d-\d\d/, 20_000);
    expect(screen).toMatch(/All cases pass\./);

    term.sendKeys("q");
    screen = await term.waitFor(/\[exit \d+\]/, 15_000);
    expect(screen).toContain("[exit 0]");
    expect(screen).toMatch(/Reviewed 1 of 1/);
    expect(screen).toMatch(/tiny-sum \[ts\] good \(passed in .* on the first run\) → next review \d{4}-\d\d-\d\d/);

    const history = readFileSync(join(workspace, ".drill", "history.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(history.filter((e) => e.type === "review")).toEqual([expect.objectContaining({ slug: "tiny-sum", lang: "ts", grade: 3, passed: true, firstRun: true })]);
    expect(history.filter((e) => e.type === "test")).toHaveLength(1); // review runs are not test runs
    const state = JSON.parse(readFileSync(join(workspace, ".drill", "review.json"), "utf8"));
    expect(Date.parse(state.cards["tiny-sum:ts"].due)).toBeGreaterThan(Date.now() + 86_400_000);
    expect(state.cards["tiny-sum:ts"].reps).toBe(2);
    expect(readFileSync(join(workspace, "tiny-sum.ts"), "utf8")).toBe(right);

    const after = JSON.parse((await runDrill(["review", "--json"], { cwd: dir.path, env })).stdout);
    expect(after.dueToday).toBe(0);
  });

  it("grades a pass after a hint as hard, then brings up the due theory cards of the problem", async () => {
    const real = tempDir();
    try {
      const ws = join(real.path, "solutions");
      mkdirSync(join(ws, ".drill"), { recursive: true });
      const solved = { v: 1, type: "test", at: new Date(Date.now() - 20 * 86_400_000).toISOString(), slug: "lcs", lang: "ts", status: "passed", passed: 91, total: 91, durationMs: 5 };
      writeFileSync(join(ws, ".drill", "history.jsonl"), JSON.stringify(solved) + "\n");
      const cards = JSON.parse((await runDrill(["quiz", "--problem", "lcs", "--list", "--json"], { cwd: real.path })).stdout) as { id: string }[];
      const due = { due: new Date(Date.now() - 86_400_000).toISOString(), stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 1, lapses: 0, state: 2 };
      writeFileSync(join(ws, ".drill", "quiz.json"), JSON.stringify({ v: 1, cards: { [cards[0].id]: due }, days: [] }));

      term = TmuxSession.start(`node ${drillBin} review --start --no-probe`, { cwd: real.path });
      await term.waitFor(/not implemented yet/, 20_000);
      term.sendKeys("h");
      await term.waitFor(/Hint 1\//, 10_000);
      writeFileSync(join(ws, "review", localDay(new Date()), "lcs.ts"), readFileSync(join(repoRoot, "problems", "lcs", "reference.ts"), "utf8"));
      await term.waitFor(/lcs \[ts\] hard → due \d{4}-/, 20_000);
      term.sendKeys("q");
      await term.waitFor(/press space to see the answer/, 15_000);
      term.sendKeys("Space");
      await term.waitFor(/How well did you know it\?/, 10_000);
      term.sendKeys("3");
      await term.waitFor(/Done for now\./, 10_000);
      term.sendKeys("q");
      const screen = await term.waitFor(/\[exit \d+\]/, 15_000);
      expect(screen).toContain("Reviewed 1 card · again 0, hard 0, good 1, easy 0");
      expect(screen).toMatch(/lcs \[ts\] hard \(passed in .*, 1 hint\)/);
      expect(screen).toContain("[exit 0]");
      const quiz = JSON.parse(readFileSync(join(ws, ".drill", "quiz.json"), "utf8"));
      expect(Date.parse(quiz.cards[cards[0].id].due)).toBeGreaterThan(Date.now());
    } finally {
      real.remove();
    }
  });

  it("says it needs a terminal without one, and writes no stubs", async () => {
    const r = await runDrill(["review", "--start"], { cwd: dir.path, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("drill review --start needs a terminal");
    expect(existsSync(join(workspace, "review"))).toBe(false);
  });
});
