// What a newcomer does in a real terminal: work from inside the workspace folder.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, fixtureRegistry, runDrill, tempDir } from "../helpers/cli.js";
import { hasTmux, TmuxSession } from "../helpers/tmux.js";

const env = { DRILL_PROBLEMS_DIR: fixtureRegistry };
const solved = readFileSync(join(fixtureRegistry, "tiny-sum", "reference.ts"), "utf8");

describe.skipIf(!hasTmux())("a newcomer in a real terminal", () => {
  let dir: ReturnType<typeof tempDir>;
  let term: TmuxSession | undefined;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => {
    term?.kill();
    dir.remove();
  });

  it("inside solutions/, drill test and drill new use that workspace, never a second one inside it", async () => {
    await runDrill(["new", "tiny-sum"], { cwd: dir.path, env });
    writeFileSync(join(dir.path, "solutions", "tiny-sum.ts"), solved);
    term = TmuxSession.start(`sh -c 'node ${drillBin} test; node ${drillBin} new tiny-sum'`, { cwd: join(dir.path, "solutions"), env });
    const screen = await term.waitFor(/\[exit \d+\]/, 60_000);
    expect(screen).toMatch(/✓ tiny-sum \[ts\]\s+9\/9 cases/);
    expect(screen).not.toContain("No solutions");
    expect(screen).toContain("tiny-sum.ts already exists");
    expect(existsSync(join(dir.path, "solutions", "solutions"))).toBe(false);
  }, 90_000);
});
