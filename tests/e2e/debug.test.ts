// drill debug on the built binary: a real debugger attaches and must stop in the user's own
// file, at the first line of their function — node inspect on the inspector for TypeScript
// (mapped back through the source map), pdb over stdin for Python.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drillBin, fixtureRegistry, tempDir } from "../helpers/cli.js";

/** A process whose output is collected, with a wait for text that has a generous timeout. */
function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NO_COLOR: "1", CI: "true", DRILL_WORKSPACE: "", DRILL_PROBLEMS_DIR: fixtureRegistry, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  }) as ChildProcessWithoutNullStreams;
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return {
    child,
    exited,
    get output() {
      return out;
    },
    /** Waits until the output after `from` matches; returns the match. */
    async waitFor(pattern: RegExp, from = 0, timeoutMs = 30_000): Promise<RegExpMatchArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = out.slice(from).match(pattern);
        if (m) return m;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    send(text: string) {
      const mark = out.length;
      child.stdin.write(text);
      return mark;
    },
  };
}

const TS_SOLUTION = [
  "// @case nums = [4, 5, 6]",
  "type Nums = number[];",
  "",
  "export function sumArray(nums: Nums): number {",
  "  let total: number = 0;",
  "  for (const x of nums) total += x;",
  "  return total;",
  "}",
  "",
].join("\n");

const PY_SOLUTION = ["# @case nums = [4, 5, 6]", "def sum_array(nums):", '    """Adds them up."""', "    total = 0", "    for x in nums:", "        total += x", "    return total", ""].join("\n");

describe("drill debug", () => {
  let dir: ReturnType<typeof tempDir>;
  const running: { child: ChildProcessWithoutNullStreams }[] = [];
  beforeEach(() => {
    dir = tempDir();
    mkdirSync(join(dir.path, "solutions"));
  });
  afterEach(() => {
    for (const r of running) r.child.kill("SIGKILL");
    running.length = 0;
    dir.remove();
  });

  it("TypeScript: node inspect attaches and, after the break on start, stops at the first line of the function in the user's file", async () => {
    const file = join(dir.path, "solutions", "tiny-sum.ts");
    writeFileSync(file, TS_SOLUTION);
    const drill = start(process.execPath, [drillBin, "debug", "tiny-sum", "--port", "0"], dir.path);
    running.push(drill);
    const [, port] = await drill.waitFor(/ws:\/\/127\.0\.0\.1:(\d+)\//);
    expect(drill.output).toContain("it stops at the first line of sumArray in solutions/tiny-sum.ts");

    const inspect = start(process.execPath, ["inspect", `127.0.0.1:${port}`], dir.path);
    running.push(inspect);
    await inspect.waitFor(/Break on start in \S*driver\.mjs[\s\S]*debug> $/);
    let mark = inspect.send("cont\n");
    await inspect.waitFor(/break in [\s\S]*debug> $/, mark);
    mark = inspect.send("bt\n");
    const [, script, line, column] = await inspect.waitFor(/#0 sumArray (\S+):(\d+):(\d+)/, mark);

    // The debugger sees the compiled module; its source map leads back to the user's file.
    const compiled = readFileSync(script.startsWith("file:") ? fileURLToPath(script) : script, "utf8");
    const inline = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(compiled);
    expect(inline).not.toBeNull();
    const map = new SourceMap(JSON.parse(Buffer.from(inline![1], "base64").toString("utf8")));
    const original = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource: string; originalLine: number };
    expect(original.originalSource).toContain(file);
    expect(original.originalLine + 1).toBe(5); // `let total: number = 0;`, the function's first line

    inspect.send("cont\n");
    await drill.waitFor(/returned\s+15/);
    // Node keeps a finished program open while a debugger is attached: detach, and it exits.
    inspect.send(".exit\n");
    await inspect.exited;
    expect(await drill.exited).toBe(0);
  }, 90_000);

  it("Python: pdb stops at the function's first body line in the user's file", async () => {
    const file = join(dir.path, "solutions", "tiny-sum.py");
    writeFileSync(file, PY_SOLUTION);
    const drill = start(process.execPath, [drillBin, "debug", "tiny-sum", "--lang", "py", "--pdb", "--input", "nums = [2, 3]"], dir.path);
    running.push(drill);
    const [where] = await drill.waitFor(/^> .*$/m);
    // The docstring is not a statement: the first body line is `total = 0`, line 4.
    expect(where).toBe(`> ${file}(4)sum_array()`);
    await drill.waitFor(/\(Pdb\) $/);
    let mark = drill.send("p nums\n");
    await drill.waitFor(/\[2, 3\][\s\S]*\(Pdb\) $/, mark);
    mark = drill.send("c\n");
    expect(await drill.exited).toBe(0);
    expect(drill.output.slice(mark)).toMatch(/returned\s+5/);
  }, 90_000);
});
