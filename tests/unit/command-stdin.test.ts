// Commands take their keys from the context's stdin, never from process.stdin: a test hands a
// command a terminal of its own, presses keys on it, and sees what the command did with them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openInEditor } from "../../src/commands/editor.js";
import { mockCommand } from "../../src/commands/mock.js";
import { quizCommand } from "../../src/commands/quiz.js";
import { isInteractive } from "../../src/commands/terminal.js";
import { tempDir } from "../helpers/cli.js";
import { fakeContext, until } from "../helpers/terminal.js";

describe("stdin in the command context", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it("drill quiz reveals, grades and quits on keys pressed on the context's stdin", async () => {
    const ctx = fakeContext(dir.path, { tty: true });
    const done = quizCommand({ topic: "attention", locale: "en", new: 10 }, ctx);
    // The screen takes keys once Ink has put the terminal into raw mode.
    await until(() => ctx.stdin.isRaw, "the quiz to read keys");
    ctx.stdin.press(" ");
    ctx.stdin.press("3");
    ctx.stdin.press("q");
    expect(await done).toBe(0);
    expect(ctx.stdin.isRaw).toBe(false);
    const state = JSON.parse(readFileSync(join(dir.path, "solutions", ".drill", "quiz.json"), "utf8")) as { cards: Record<string, { due: string }> };
    expect(Object.keys(state.cards)).toHaveLength(1);
    expect(ctx.stdout.text).toContain("Reviewed 1 card");
  }, 60_000);

  it("a stdout terminal is not enough: keys need stdin to be one too", async () => {
    const ctx = fakeContext(dir.path, { tty: true, stdinTty: false });
    expect(isInteractive(ctx)).toBe(false);
    expect(isInteractive(fakeContext(dir.path, { tty: true }))).toBe(true);
    expect(isInteractive(fakeContext(dir.path, { tty: true, env: { CI: "true" } }))).toBe(false);
    await expect(quizCommand({ new: 10 }, ctx)).rejects.toThrow(/reviews cards in a terminal/);
    await expect(mockCommand({ minutes: 30, count: 1, lang: "ts" }, ctx)).rejects.toThrow(/needs a terminal/);
    expect(existsSync(join(dir.path, "solutions", ".drill", "quiz.json"))).toBe(false);
  });

  it("the editor gets the terminal out of raw mode, and the screen gets it back after", () => {
    const ctx = fakeContext(dir.path, { tty: true });
    ctx.stdin.setRawMode(true);
    const modes: boolean[] = [];
    const setRawMode = ctx.stdin.setRawMode.bind(ctx.stdin);
    ctx.stdin.setRawMode = (on: boolean) => (modes.push(on), setRawMode(on));
    const file = join(dir.path, "lcs.ts");
    writeFileSync(file, "");
    expect(openInEditor(file, { ...ctx.env, VISUAL: "", EDITOR: "true" }, ctx.stdin)).toBeUndefined();
    expect(modes).toEqual([false, true]);
    expect(openInEditor(file, { ...ctx.env, VISUAL: "", EDITOR: "" }, ctx.stdin)).toMatch(/no editor set/);
  });
});
