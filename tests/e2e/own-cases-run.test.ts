// Your own @case lines, drill run and drill debug --vscode, on the built binary and the fixture registry.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixtureRegistry, repoRoot, runDrill, tempDir } from "../helpers/cli.js";

const SOLUTION = [
  "// @case nums = [1, 2, 3]",
  "// @case nums = [5, 5] => 11",
  "// @case nums = []",
  "// @case nums = [1, 2",
  "// @case nums = [1.5]",
  "// @case nums = [2, 2] => 4",
  "export function sumArray(nums: number[]): number {",
  '  console.log("adding", nums.length);',
  "  return nums.reduce((a, b) => a + b, 0);",
  "}",
  "",
].join("\n");

describe("your cases, drill run and drill debug --vscode", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
    mkdirSync(join(dir.path, "solutions"));
  });
  afterEach(() => dir.remove());
  const drill = (args: string[], env: NodeJS.ProcessEnv = {}) => runDrill(args, { cwd: dir.path, env: { DRILL_PROBLEMS_DIR: fixtureRegistry, ...env } });
  const write = (name: string, text: string) => writeFileSync(join(dir.path, "solutions", name), text);

  it("runs @case lines first as their own group; a broken line names its line and never stops the others", async () => {
    write("tiny-sum.ts", SOLUTION);
    const r = await drill(["test", "tiny-sum", "--json", "--no-probe"]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout).results[0];
    // Lines 1, 2, 3 and 6 run; 2 expects a wrong sum, 3 is invalid input the solution does not reject.
    expect(result.yourCases).toMatchObject({ total: 4, passed: 2, failed: 2 });
    expect(result.yourCases.errors.map((e: { line: number }) => e.line)).toEqual([4, 5]);
    expect(result.yourCases.errors[0].message).toMatch(/the syntax is: \/\/ @case nums = … \[=> expected\]/);
    expect(result.yourCases.errors[1].message).toMatch(/nums\[0\] should be an integer but is 1.5/);
    const own = result.failures.filter((f: { group: string }) => f.group === "own");
    expect(own.map((f: { case: string; line: number }) => [f.case, f.line])).toEqual([["line 2", 2], ["line 3", 3]]);
    expect(own[0]).toMatchObject({ expected: "11", actual: "10" });
    expect(own[0].why).toMatch(/the reference solution answers 10/);
    expect(own[1].message).toMatch(/invalid input \(an empty array\) should throw RangeError/);
    // The problem's own cases still ran after them: the fixed invalid-input case fails too.
    expect(result.failures.map((f: { group: string }) => f.group)).toEqual(["own", "own", "fixed"]);
    expect(result.cases.total).toBe(4 + 4 + 5);

    const plain = await drill(["test", "tiny-sum", "--no-probe"]);
    expect(plain.stdout).toContain("your cases 2/4 passed");
    expect(plain.stdout).toContain("solutions/tiny-sum.ts:4: @case nums = [1, 2");
    expect(plain.stdout).toMatch(/✗ your case, line 2 \[wrong answer\]/);
  });

  it("reads # @case lines in Python", async () => {
    write("tiny-sum.py", "# @case nums = [4, 4]\n# @case [1] => 2\ndef sum_array(nums):\n    if not nums:\n        raise ValueError('empty')\n    return sum(nums)\n");
    const r = await drill(["test", "tiny-sum", "--json", "--no-probe", "--lang", "py"]);
    const result = JSON.parse(r.stdout).results[0];
    expect(result.yourCases).toMatchObject({ total: 2, passed: 1, failed: 1, errors: [] });
    expect(result.failures[0]).toMatchObject({ case: "line 2", group: "own", expected: "2", actual: "1" });
  });

  it("drill run: yours beside the reference, the verdict, the time and what you printed", async () => {
    write("tiny-sum.ts", SOLUTION);
    const first = await drill(["run", "tiny-sum"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("line 1");
    expect(first.stdout).toMatch(/input\s+nums = \[1,2,3\]/);
    expect(first.stdout).toMatch(/yours\s+6\s+[\d.]+ ms/);
    expect(first.stdout).toMatch(/reference\s+6/);
    expect(first.stdout).toContain("✓ agrees with the reference (exactly)");
    expect(first.stdout).toMatch(/printed\s+adding 3/);

    const named = await drill(["run", "tiny-sum", "--case", "negatives", "--json"]);
    expect(named.code).toBe(0);
    const doc = JSON.parse(named.stdout);
    expect(doc).toMatchObject({ case: "negatives", ok: true, status: "passed", yours: { value: -3, error: null }, reference: { value: -3, invalidInput: false } });
    expect(doc.output).toBe("adding 2\n");

    const invalid = await drill(["run", "tiny-sum", "--input", "nums = []"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/reference\s+rejects it: invalid input/);
    expect(invalid.stdout).toMatch(/✗ invalid input \(an empty array\) should throw RangeError, but it returned 0/);

    const bad = await drill(["run", "tiny-sum", "--input", "nums = [1,"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--input: expected a value but the text ends/);
    const unknown = await drill(["run", "tiny-sum", "--case", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('tiny-sum has no case named "nope"');
  });

  it("drill run prints a tensor with its shape", async () => {
    write("mha.ts", readFileSync(join(repoRoot, "problems", "mha", "reference.ts"), "utf8"));
    const text = await runDrill(["run", "mha"], { cwd: dir.path });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/yours\s+\(1×2×2\) \[\[\[/);
    const json = await runDrill(["run", "mha", "--json"], { cwd: dir.path });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, yours: { shape: [1, 2, 2] }, reference: { shape: [1, 2, 2] } });
  });

  it("drill debug --vscode writes launch.json once, never over another file without --force, then keeps a backup", async () => {
    write("tiny-sum.ts", SOLUTION);
    const launch = join(dir.path, "solutions", ".vscode", "launch.json");
    const r = await drill(["debug", "tiny-sum", "--case", "negatives", "--vscode"]);
    expect(r.code).toBe(0);
    const config = JSON.parse(readFileSync(launch, "utf8"));
    expect(config.configurations.map((c: { type: string }) => c.type)).toEqual(["node", "debugpy"]);
    const plan = JSON.parse(readFileSync(join(dir.path, "solutions", ".drill", "debug", "ts.json"), "utf8"));
    expect(plan).toMatchObject({ name: "negatives", args: [[-4, 1]], expected: -3 });
    expect(readFileSync(config.configurations[0].program, "utf8")).toContain("debugCase(");

    const again = await drill(["debug", "tiny-sum", "--case", "one number", "--vscode"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("already has drill's configurations");

    writeFileSync(launch, '{ "configurations": [] }\n');
    const refused = await drill(["debug", "tiny-sum", "--vscode"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/launch.json already exists; drill does not overwrite it/);
    expect(readFileSync(launch, "utf8")).toBe('{ "configurations": [] }\n');

    const forced = await drill(["debug", "tiny-sum", "--vscode", "--force"]);
    expect(forced.code).toBe(0);
    const backups = readdirSync(join(dir.path, "solutions", ".drill", "backup"));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir.path, "solutions", ".drill", "backup", backups[0]), "utf8")).toBe('{ "configurations": [] }\n');
    expect(existsSync(launch) && JSON.parse(readFileSync(launch, "utf8")).configurations).toHaveLength(2);
  });

  it("drill new --open runs $VISUAL on the new file", async () => {
    const log = join(dir.path, "opened.txt");
    const r = await drill(["new", "tiny-sum", "--open"], { VISUAL: `node -e "require('fs').writeFileSync(process.argv[1], process.argv[2])" ${log}`, EDITOR: "" });
    expect(r.code).toBe(0);
    expect(readFileSync(log, "utf8")).toBe(join(dir.path, "solutions", "tiny-sum.ts"));
    const none = await drill(["new", "tiny-sum", "--force", "--open"], { VISUAL: "", EDITOR: "" });
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/no editor set: export VISUAL or EDITOR/);
  });
});
