// The built binary in a real terminal (tmux): the Ink reporter draws and exits cleanly.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, fixtureRegistry, repoRoot, runDrill, tempDir } from "../helpers/cli.js";
import { hasTmux, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!hasTmux())("drill in a real terminal", () => {
  let dir: ReturnType<typeof tempDir>;
  let term: TmuxSession | undefined;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => {
    term?.kill();
    dir.remove();
  });

  it("drill test draws the Ink report on a TTY and exits with the verdict", async () => {
    await runDrill(["new", "tiny-sum"], { cwd: dir.path, env: { DRILL_PROBLEMS_DIR: fixtureRegistry } });
    writeFileSync(join(dir.path, "solutions", "tiny-sum.ts"), `export function sumArray(nums: number[]) { return nums.length; }`);
    term = TmuxSession.start(`node ${drillBin} test tiny-sum`, { cwd: dir.path, env: { DRILL_PROBLEMS_DIR: fixtureRegistry } });
    const screen = await term.waitFor(/\[exit \d+\]/);
    expect(screen).toMatch(/✗ tiny-sum \[ts\]\s+\d\/9 cases/);
    expect(screen).toMatch(/three numbers \[wrong answer\]/);
    expect(screen).toMatch(/1 failed \(1 solution/);
    expect(screen).toContain("[exit 1]");
  });

  it("drill --help wraps to the terminal's width, and prints that width's saved text the next time", async () => {
    const saved = join(repoRoot, "dist", "help", "97.txt");
    rmSync(saved, { force: true });
    for (let run = 0; run < 2; run++) {
      term?.kill();
      term = TmuxSession.start(`node ${drillBin} --help`, { cwd: dir.path, width: 97, height: 100 });
      const screen = await term.waitFor(/\[exit \d+\]/);
      // At 97 columns the description fits on one line (at 80 it wraps).
      expect(screen).toContain("Coding drills for algorithm and ML interviews: stubs, tests, random cross-checks, offline.");
      expect(screen).toContain("[exit 0]");
      expect(existsSync(saved), `run ${run + 1}`).toBe(true);
    }
    expect(readFileSync(saved, "utf8")).toContain("cross-checks, offline.");
    rmSync(saved, { force: true });
  });
});
