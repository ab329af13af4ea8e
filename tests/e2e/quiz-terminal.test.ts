// drill quiz in a real terminal: review three cards, quit, and find their new due dates.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, runDrill, tempDir } from "../helpers/cli.js";
import { hasTmux, TmuxSession } from "../helpers/tmux.js";

describe.skipIf(!hasTmux())("drill quiz in a real terminal", () => {
  let dir: ReturnType<typeof tempDir>;
  let term: TmuxSession | undefined;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => {
    term?.kill();
    dir.remove();
  });

  it("reveals, grades three cards, quits mid-queue, and keeps their due dates", async () => {
    const list = JSON.parse((await runDrill(["quiz", "--list", "--json", "--topic", "attention"], { cwd: dir.path })).stdout) as { id: string; question: { zh: string } }[];
    term = TmuxSession.start(`node ${drillBin} quiz --topic attention --locale en`, { cwd: dir.path });
    for (let i = 0; i < 3; i++) {
      await term.waitFor(/press space to see the answer/);
      term.sendKeys("Space");
      await term.waitFor(/How well did you know it\?/);
      term.sendKeys(String([3, 1, 4][i]));
      await term.waitFor(new RegExp(`\\] ${i + 1}/`));
    }
    term.sendKeys("q");
    const screen = await term.waitFor(/\[exit \d+\]/);
    expect(screen).toContain("[exit 0]");
    expect(screen).toContain("Reviewed 3 cards · again 1, hard 0, good 1, easy 1");

    const state = JSON.parse(readFileSync(join(dir.path, "solutions", ".drill", "quiz.json"), "utf8"));
    const reviewed = list.slice(0, 3).map((c) => c.id);
    expect(Object.keys(state.cards).sort()).toEqual([...reviewed].sort());
    for (const id of reviewed) expect(new Date(state.cards[id].due).getTime()).toBeGreaterThan(Date.now() - 1000);

    const after = JSON.parse((await runDrill(["quiz", "--list", "--json", "--topic", "attention"], { cwd: dir.path })).stdout) as { id: string; due: string | null }[];
    expect(after.filter((c) => c.due).map((c) => c.id).sort()).toEqual([...reviewed].sort());
  });

  it("says it needs a terminal when it has none, but lists anywhere", async () => {
    const r = await runDrill(["quiz"], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("drill quiz reviews cards in a terminal");
    expect(existsSync(join(dir.path, "solutions", ".drill", "quiz.json"))).toBe(false);
  });
});
