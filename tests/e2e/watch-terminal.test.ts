// drill watch in a real terminal (tmux): saves show up as failures and passes, rapid saves
// settle on the last one, q leaves with exit 0 and a restored terminal.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, fixtureRegistry, tempDir } from "../helpers/cli.js";
import { hasTmux, TmuxSession } from "../helpers/tmux.js";

const wrong = `export function sumArray(nums: number[]): number { return nums.length; }`;
const right = `export function sumArray(nums: number[]): number {
  if (nums.length === 0) throw new RangeError("empty");
  return nums.reduce((a, b) => a + b, 0);
}`;

describe.skipIf(!hasTmux())("drill watch in a real terminal", () => {
  let dir: ReturnType<typeof tempDir>;
  let term: TmuxSession | undefined;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    mkdirSync(join(dir.path, "solutions"));
    file = join(dir.path, "solutions", "tiny-sum.ts");
    writeFileSync(file, wrong);
  });
  afterEach(() => {
    term?.kill();
    dir.remove();
  });

  const startWatch = (args = "") =>
    TmuxSession.start(`node ${drillBin} watch tiny-sum --no-probe ${args}`, { cwd: dir.path, env: { DRILL_PROBLEMS_DIR: fixtureRegistry } });

  it("shows the failure for a wrong solution, then the pass for a right one, and quits with q", async () => {
    term = startWatch();
    let screen = await term.waitFor(/three numbers \[wrong answer\]/, 15_000);
    expect(screen).toMatch(/✗ fixed cases\s+\d\/4/);
    expect(screen).toMatch(/received\s+3/);

    const saved = Date.now();
    writeFileSync(file, right);
    screen = await term.waitFor(/All cases pass\./, 10_000);
    expect(Date.now() - saved).toBeLessThan(2000);
    expect(screen).toContain("[########################] 1/1 passing");

    writeFileSync(file, wrong);
    await term.waitFor(/three numbers \[wrong answer\]/, 10_000);

    term.sendKeys("q");
    screen = await term.waitFor(/\[exit \d+\]/, 10_000);
    expect(screen).toContain("[exit 0]");
    expect(term.cursorVisible()).toBe(true);
  });

  it("settles on the last of 20 saves 10 ms apart", async () => {
    term = startWatch();
    await term.waitFor(/three numbers \[wrong answer\]/, 15_000);
    for (let i = 0; i < 20; i++) {
      writeFileSync(file, i === 19 ? right : `${wrong}\n// save ${i}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    const screen = await term.waitFor(/All cases pass\./, 10_000);
    expect(screen).not.toMatch(/wrong answer/);
    // Nothing newer arrives: still passing a moment later.
    await new Promise((r) => setTimeout(r, 500));
    expect(term.screen()).toMatch(/All cases pass\./);
    term.sendKeys("C-c");
    expect(await term.waitFor(/\[exit \d+\]/, 10_000)).toContain("[exit 0]");
  });

  it("survives a syntax error, an endless loop and process.exit, and keeps watching", async () => {
    term = startWatch();
    await term.waitFor(/three numbers \[wrong answer\]/, 15_000);
    writeFileSync(file, "export function sumArray(nums: number[]) { return nums.reduce((a, b) => a + b, 0; }");
    await term.waitFor(/does not compile: Expected "\)" but found ";"/, 10_000);
    writeFileSync(file, "export function sumArray(nums: number[]): number { while (true) {} }");
    await term.waitFor(/\[time-out\]/, 15_000);
    writeFileSync(file, "export function sumArray(nums: number[]): number { process.exit(1); }");
    await term.waitFor(/process\.exit\(1\)/, 10_000);
    writeFileSync(file, right);
    await term.waitFor(/All cases pass\./, 10_000);
    term.sendKeys("q");
    expect(await term.waitFor(/\[exit \d+\]/, 10_000)).toContain("[exit 0]");
  });

  it("shows your cases first, prints the debug command with d, and opens the editor with e", async () => {
    writeFileSync(file, `// @case nums = [2, 2]\n${wrong}`);
    const marker = join(dir.path, "edited.txt");
    const editor = join(dir.path, "editor.sh");
    writeFileSync(editor, `#!/bin/sh\nprintf '%s' "$1" > ${marker}\n`, { mode: 0o755 });
    term = TmuxSession.start(`node ${drillBin} watch tiny-sum --no-probe`, { cwd: dir.path, env: { DRILL_PROBLEMS_DIR: fixtureRegistry, VISUAL: editor } });
    let screen = await term.waitFor(/your case, line 1 \[wrong answer\]/, 15_000);
    expect(screen).toMatch(/✗ your cases\s+0\/1/);
    expect(screen).toMatch(/d debug command · e edit/);
    term.sendKeys("d");
    screen = await term.waitFor(/drill debug tiny-sum --case 'line 1'/, 10_000);
    term.sendKeys("e");
    for (let i = 0; i < 100 && !existsSync(marker); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(marker, "utf8")).toBe(file);
    // Still watching, keys still work.
    writeFileSync(file, `// @case nums = [2, 2]\n${right}`);
    await term.waitFor(/All cases pass\./, 10_000);
    term.sendKeys("q");
    expect(await term.waitFor(/\[exit \d+\]/, 10_000)).toContain("[exit 0]");
  });
});
