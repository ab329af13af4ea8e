// drill mock in a real terminal: solve, submit, answer, see the score card, find it in stats;
// and a mock left to run out of time, recorded as timed out with its files kept.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, fixtureSolutions, runDrill, tempDir } from "../helpers/cli.js";
import { hasTmux, TmuxSession } from "../helpers/tmux.js";
import { readFileSync } from "node:fs";

const correct = readFileSync(join(fixtureSolutions, "sliding-window-max", "correct", "deque-head-index.ts"), "utf8");

describe.skipIf(!hasTmux())("drill mock in a real terminal", () => {
  let dir: ReturnType<typeof tempDir>;
  let term: TmuxSession | undefined;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => {
    term?.kill();
    dir.remove();
  });

  const mockFolder = () => {
    const root = join(dir.path, "solutions", "mock");
    const [id] = existsSync(root) ? readdirSync(root) : [];
    return id ? join(root, id) : undefined;
  };

  it("runs a one-minute mock: solve, submit, answer O(n), score card, and stats --json lists it", async () => {
    term = TmuxSession.start(`node ${drillBin} mock --minutes 1 --count 1 --problems sliding-window-max --seed 1 --budget 1`, { cwd: dir.path, width: 200 });
    let screen = await term.waitFor(/left · tests run: 0/);
    expect(screen).toMatch(/1\. Sliding Window Maximum · 滑动窗口最大值 \[ts\] — solutions\/mock\/\d{8}-\d{6}\/sliding-window-max\.ts/);
    // The stub's header tests the attempt's own file, not solutions/sliding-window-max.ts.
    expect(readFileSync(join(mockFolder()!, "sliding-window-max.ts"), "utf8")).toMatch(/\/\/ Test: +drill test sliding-window-max --workspace solutions\/mock\/\d{8}-\d{6}\n/);
    writeFileSync(join(mockFolder()!, "sliding-window-max.ts"), correct);
    await term.waitFor(/tests run: 1/);
    term.sendKeys("s");
    await term.waitFor(/What is the time complexity of your solution\?/, 30_000);
    term.sendKeys("O(n + k)");
    await term.waitFor(/read as O\(n\) with k = n\/4/);
    term.sendKeys("Enter");
    await term.waitFor(/And its extra space complexity/);
    term.sendKeys("O(k)", "Enter");
    await term.waitFor(/model answer/);
    term.sendKeys("Enter");
    await term.waitFor(/Did you know it\? y \/ n/);
    term.sendKeys("y");
    screen = await term.waitFor(/Score card/);
    expect(screen).toMatch(/✓ correct: 88\/88 cases/);
    expect(screen).toMatch(/✓ time complexity: you said "O\(n \+ k\)", read as O\(n\) with k = n\/4; target O\(n\)/);
    expect(screen).toMatch(/✓ space complexity: you said "O\(k\)", read as O\(n\) with k = n\/4/);
    term.sendKeys("x");
    expect(await term.waitFor(/\[exit \d+\]/)).toContain("[exit 0]");

    const stats = JSON.parse((await runDrill(["stats", "--json"], { cwd: dir.path })).stdout);
    expect(stats.mocks).toHaveLength(1);
    expect(stats.mocks[0]).toMatchObject({ outcome: "submitted", problems: ["sliding-window-max"] });
    expect(stats.mocks[0].score).toBeGreaterThanOrEqual(75);
    // Solved in the mock's own file only: stats agrees with drill list, which says new.
    expect(stats.problems.find((p: { slug: string }) => p.slug === "sliding-window-max")).toMatchObject({ solved: false, passedInMock: true });
    const list = JSON.parse((await runDrill(["list", "--json"], { cwd: dir.path })).stdout);
    expect(list.find((p: { slug: string }) => p.slug === "sliding-window-max").status).toBe("new");
  }, 90_000);

  it("records a mock left to run out of time as timed out and keeps its files", async () => {
    term = TmuxSession.start(`node ${drillBin} mock --minutes 0.05 --count 1 --problems lcs --seed 2 --budget 1`, { cwd: dir.path });
    await term.waitFor(/Time is up|What is the time complexity/, 30_000);
    await term.waitFor(/What is the time complexity/, 30_000);
    term.sendKeys("C-c");
    await term.waitFor(/Score card · time ran out/);
    term.sendKeys("x");
    expect(await term.waitFor(/\[exit \d+\]/)).toContain("[exit 0]");
    expect(existsSync(join(mockFolder()!, "lcs.ts"))).toBe(true);
    const stats = JSON.parse((await runDrill(["stats", "--json"], { cwd: dir.path })).stdout);
    expect(stats.mocks[0]).toMatchObject({ outcome: "timed-out", problems: ["lcs"] });
  }, 90_000);

  it("needs a terminal", async () => {
    const r = await runDrill(["mock"], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("drill mock needs a terminal");
  });
});
