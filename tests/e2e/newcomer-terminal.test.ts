// What a newcomer does in a real terminal: work from inside the workspace folder.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, fixtureRegistry, fixtureSolutions, runDrill, tempDir } from "../helpers/cli.js";
import { hasTmux, TmuxSession } from "../helpers/tmux.js";

const env = { DRILL_PROBLEMS_DIR: fixtureRegistry };
const solved = readFileSync(join(fixtureRegistry, "tiny-sum", "reference.ts"), "utf8");

/** How to run drill so a read-only folder is read-only for it: root ignores permissions unless it drops that power. */
function withoutRootOverride(): string | null {
  if (process.getuid?.() !== 0) return "";
  try {
    execFileSync("setpriv", ["--bounding-set=-dac_override,-dac_read_search", "true"], { stdio: "ignore" });
    return "setpriv --bounding-set=-dac_override,-dac_read_search ";
  } catch {
    return null;
  }
}
const readOnlyPrefix = withoutRootOverride();

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

  it.skipIf(readOnlyPrefix === null)("a read-only workspace: each command still shows its output, then one line, exit 1", async () => {
    await runDrill(["new", "tiny-sum"], { cwd: dir.path, env });
    writeFileSync(join(dir.path, "solutions", "tiny-sum.ts"), solved);
    const ws = join(dir.path, "solutions");
    chmodSync(ws, 0o555);
    try {
      const drill = `${readOnlyPrefix}node ${drillBin}`;
      term = TmuxSession.start(`sh -c '${drill} test tiny-sum --no-probe; echo "[test $?]"; ${drill} hint tiny-sum; echo "[hint $?]"; ${drill} new tiny-sum --force; echo "[new $?]"'`, { cwd: dir.path, env, width: 160 });
      const screen = await term.waitFor(/\[new \d+\]/, 60_000);
      expect(screen).toMatch(/✓ tiny-sum \[ts\]\s+9\/9 cases/);
      expect(screen).toContain("drill: cannot write to the workspace solutions/: read-only; results not saved");
      expect(screen).toContain("[test 1]");
      expect(screen).toContain("Hint 1/1");
      expect(screen).toContain("drill: cannot write to the workspace solutions/: read-only; the hint count is not saved");
      expect(screen).toContain("[hint 1]");
      expect(screen).toContain("solutions/tiny-sum.ts not replaced");
      expect(screen).toContain("[new 1]");
      expect(screen).not.toMatch(/internal error|at .*\.js:\d+/);
    } finally {
      chmodSync(ws, 0o755);
    }
  }, 90_000);

  it.skipIf(readOnlyPrefix === null)("drill watch on a read-only workspace says once that runs are not saved, and exits 1", async () => {
    await runDrill(["new", "tiny-sum"], { cwd: dir.path, env });
    writeFileSync(join(dir.path, "solutions", "tiny-sum.ts"), solved);
    const ws = join(dir.path, "solutions");
    chmodSync(ws, 0o555);
    try {
      term = TmuxSession.start(`${readOnlyPrefix}node ${drillBin} watch tiny-sum --no-probe`, { cwd: dir.path, env, width: 160 });
      await term.waitFor(/cannot write to the workspace solutions\/: read-only; runs and hints are not saved/, 60_000);
      term.sendKeys("q");
      const screen = await term.waitFor(/\[exit \d+\]/, 30_000);
      expect(screen).toContain("[exit 1]");
      expect(screen).not.toMatch(/internal error/);
    } finally {
      chmodSync(ws, 0o755);
    }
  }, 90_000);

  it("suggests commands the way drill was started: npx drill, drill on PATH, or by its path, keeping --workspace", async () => {
    // Started through npx (npm exec leaves npm_command=exec), with a workspace of its own.
    term = TmuxSession.start(`node ${drillBin} new tiny-sum --workspace practice`, { cwd: dir.path, env: { ...env, npm_command: "exec" }, width: 160 });
    let screen = await term.waitFor(/\[exit \d+\]/, 30_000);
    expect(screen).toContain("Then run:           npx drill test tiny-sum --workspace practice");
    expect(readFileSync(join(dir.path, "practice", "tiny-sum.ts"), "utf8")).toContain("// Test:      npx drill test tiny-sum --workspace practice");
    term.kill();

    // On PATH (npm link): plain drill, and an unknown name suggests a command that runs.
    term = TmuxSession.start(`drill test tiny-sun --workspace practice`, { cwd: dir.path, env, width: 160 });
    screen = await term.waitFor(/\[exit \d+\]/, 30_000);
    expect(screen).toContain("try: drill list --workspace practice");
    term.kill();

    // Neither: run by its path, as node bin/drill.js.
    term = TmuxSession.start(`node ${drillBin} new tiny-sum --workspace other`, { cwd: dir.path, env: { ...env, PATH: process.env.PATH ?? "" }, width: 250 });
    screen = await term.waitFor(/\[exit \d+\]/, 30_000);
    expect(screen).toContain(`Then run:           node ${drillBin} test tiny-sum --workspace other`);
  }, 90_000);

  it("two watch windows and a save that lands as two writes record one run per content, and stats agrees with list", async () => {
    await runDrill(["new", "tiny-sum"], { cwd: dir.path, env });
    const file = join(dir.path, "solutions", "tiny-sum.ts");
    const windows = [0, 1].map(() => TmuxSession.start(`node ${drillBin} watch tiny-sum --no-probe`, { cwd: dir.path, env, width: 160 }));
    try {
      for (const w of windows) await w.waitFor(/not implemented yet|0\/9/, 60_000);
      await new Promise((r) => setTimeout(r, 2500)); // the stub's run settles
      // An editor's save: the file is emptied, then written.
      writeFileSync(file, "");
      await new Promise((r) => setTimeout(r, 30));
      writeFileSync(file, "export function sumArray(nums: number[]): number { return nums.length; }\n");
      for (const w of windows) await w.waitFor(/\d\/9 cases/, 60_000);
      await new Promise((r) => setTimeout(r, 2500)); // the content settles
      for (const w of windows) w.sendKeys("q");
      for (const w of windows) expect(await w.waitFor(/\[exit \d+\]/, 30_000)).toContain("[exit 0]");
    } finally {
      for (const w of windows) w.kill();
    }
    const history = readFileSync(join(dir.path, "solutions", ".drill", "history.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    // The stub's run and the saved content's run, once each; nothing for the emptied file.
    expect(history.map((e) => e.status)).toEqual(["failed", "failed"]);
    expect(new Set(history.map((e) => e.hash)).size).toBe(2);
    const stats = JSON.parse((await runDrill(["stats", "--json"], { cwd: dir.path, env })).stdout);
    const list = JSON.parse((await runDrill(["list", "--json"], { cwd: dir.path, env })).stdout);
    expect(stats.problems.find((p: { slug: string }) => p.slug === "tiny-sum")).toMatchObject({ attempts: 2, passes: 0, solved: false });
    expect(list.find((p: { slug: string }) => p.slug === "tiny-sum").status).toBe("failing");
  }, 120_000);

  it("drill test --all folds the problems not started into one line, and Ctrl-C ends with what finished", async () => {
    const ws = join(dir.path, "solutions");
    mkdirSync(ws, { recursive: true });
    for (const slug of ["lcs", "maximal-square", "sliding-window-max"]) {
      const folder = join(fixtureSolutions, slug, "correct");
      const first = readdirSync(folder).find((f) => f.endsWith(".ts"))!;
      writeFileSync(join(ws, `${slug}.ts`), readFileSync(join(folder, first), "utf8"));
    }
    term = TmuxSession.start(`node ${drillBin} test --all`, { cwd: dir.path, width: 160, height: 50 });
    await term.waitFor(/✓ lcs \[ts\]/, 90_000);
    term.sendKeys("C-c");
    const screen = await term.waitFor(/\[exit \d+\]/, 30_000);
    expect(screen).toMatch(/Interrupted after \d+\/\d+\./);
    expect(screen).toMatch(/– \d+ not started: adam-step, /);
    expect(screen).not.toMatch(/no solution yet/);
    expect(screen).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
    expect(screen).toContain("[exit 130]");
  }, 150_000);
});
