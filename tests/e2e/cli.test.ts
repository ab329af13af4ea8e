// The built binary, run as a user runs it, on the fixture registry and on the real one.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { fixtureRegistry, repoRoot, runDrill, tempDir } from "../helpers/cli.js";

const fixtureEnv = { DRILL_PROBLEMS_DIR: fixtureRegistry };

describe("drill on the fixture registry", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());
  const drill = (args: string[], env: NodeJS.ProcessEnv = {}) => runDrill(args, { cwd: dir.path, env: { ...fixtureEnv, ...env } });

  it("prints help and exits 0", async () => {
    const r = await drill(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: drill/);
    for (const command of ["list", "show", "new", "test", "check", "doctor"]) expect(r.stdout).toContain(command);
  });

  it("prints the saved help exactly as the sources build it, with and without --help", async () => {
    const fromSources = buildProgram(async () => {}).helpInformation();
    expect(existsSync(join(repoRoot, "dist", "help", "80.txt")), "the build saves the 80-column help").toBe(true);
    for (const args of [["--help"], ["-h"], []]) {
      const r = await drill(args);
      expect(r.code).toBe(0);
      expect(r.stdout, args.join(" ")).toBe(fromSources);
    }
    // A subcommand's help still comes from the bundle.
    const sub = await drill(["list", "--help"]);
    expect(sub.stdout).toMatch(/^Usage: drill list/);
  });

  it("exits 2 on an unknown flag and on a bad flag value", async () => {
    const flag = await drill(["test", "--bogus"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--bogus'/);
    const seed = await drill(["test", "--seed", "abc"]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/expected an integer/);
    const lang = await drill(["new", "tiny-sum", "--lang", "rust"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(/Allowed choices are ts, py/);
  });

  it("exits 2 on an unknown problem and suggests the closest", async () => {
    const r = await drill(["test", "tiny-sun"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown problem "tiny-sun"; did you mean "tiny-sum"?');
    const path = await drill(["new", "../../etc/passwd"]);
    expect(path.code).toBe(2);
    expect(path.stderr).toMatch(/not a problem name/);
  });

  it("runs Python solutions, and says how to fix a missing python3 while TypeScript keeps working", async () => {
    await drill(["new", "tiny-sum", "--lang", "py"]);
    writeFileSync(join(dir.path, "solutions", "tiny-sum.py"), "def sum_array(nums):\n    if not nums:\n        raise ValueError('empty')\n    return sum(nums)\n");
    await drill(["new", "tiny-sum"]);
    const both = await drill(["test", "--json", "--no-probe"]);
    const langs = JSON.parse(both.stdout).results.map((r: { lang: string; status: string }) => `${r.lang}:${r.status}`);
    expect(langs).toEqual(["ts:failed", "py:passed"]);

    const noPython = await drill(["test", "--json", "--no-probe"], { DRILL_PYTHON: "/no/such/python3" });
    const results = JSON.parse(noPython.stdout).results;
    expect(results[0]).toMatchObject({ lang: "ts", status: "failed" });
    expect(results[1]).toMatchObject({ lang: "py", status: "error", error: { kind: "no-runtime" } });
    expect(results[1].error.message).toMatch(/cannot run Python solutions: \/no\/such\/python3 was not found; install Python 3/);
  });

  it("doctor reports node, python3, numpy, torch and LeetCode's runtime with its versions", async () => {
    const r = await drill(["doctor", "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.checks.map((c: { name: string }) => c.name)).toEqual(["node", "python", "numpy", "leetcode-py", "torch", "leetcode-js", "workspace"]);
    const js = doc.checks.find((c: { name: string }) => c.name === "leetcode-js");
    expect(js.found).toMatch(/^priority-queue 6\.\d+\.\d+, queue 4\.\d+\.\d+, deque 1\.\d+\.\d+, lodash 4\.\d+\.\d+$/);
    expect(doc.checks.find((c: { name: string }) => c.name === "leetcode-py").found).toMatch(/recursion limit 550,000/);
    expect(r.code).toBe(doc.ok ? 0 : 1);
    const missing = await drill(["doctor"], { DRILL_PYTHON: "/no/such/python3" });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/! python\s+\/no\/such\/python3 was not found/);
    expect(missing.stdout).toContain("TypeScript drills work; Python drills need the fixes above.");
  });

  it("warns about broken problems but keeps the good ones working", async () => {
    const r = await drill(["list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tiny-sum");
    expect(r.stderr).toMatch(/skipped a broken problem: .*bad-field\/problem\.json: difficulty/);
    expect(r.stderr).toMatch(/bad-case\/cases\.json: cases\[2\]/);
  });

  it("walks the loop: new → test fails → solve → test passes → list shows passing", async () => {
    const created = await drill(["new", "tiny-sum"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Created solutions/tiny-sum.ts");

    const failing = await drill(["test", "tiny-sum", "--no-probe"]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/✗ tiny-sum \[ts\]\s+0\/9 cases/);
    expect(failing.stdout).toContain("Error: not implemented yet");

    writeFileSync(join(dir.path, "solutions", "tiny-sum.ts"), `export function sumArray(nums: number[]) { if (!nums.length) throw new RangeError("empty"); return nums.reduce((a, b) => a + b, 0); }`);
    const passing = await drill(["test", "--no-probe"]);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toMatch(/✓ tiny-sum \[ts\]\s+9\/9 cases/);

    const list = await drill(["list", "--json"]);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ slug: "tiny-sum", status: "passing", title: { en: "Tiny Sum", zh: "小求和" } })]);
  });

  it("never overwrites with new; --force keeps a backup", async () => {
    await drill(["new", "tiny-sum"]);
    const file = join(dir.path, "solutions", "tiny-sum.ts");
    writeFileSync(file, "// mine");
    const again = await drill(["new", "tiny-sum"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; drill never overwrites your solutions/);
    expect(again.stderr).toMatch(/try: drill new tiny-sum --force/);
    expect(readFileSync(file, "utf8")).toBe("// mine");
    const forced = await drill(["new", "tiny-sum", "--force"]);
    expect(forced.code).toBe(0);
    const backup = /kept at (\S+)/.exec(forced.stdout)![1];
    expect(readFileSync(join(dir.path, backup), "utf8")).toBe("// mine");
  });

  it("honours --workspace and DRILL_WORKSPACE", async () => {
    await drill(["new", "tiny-sum", "--workspace", "elsewhere"]);
    expect(existsSync(join(dir.path, "elsewhere", "tiny-sum.ts"))).toBe(true);
    await drill(["new", "tiny-sum"], { DRILL_WORKSPACE: join(dir.path, "env-ws") });
    expect(existsSync(join(dir.path, "env-ws", "tiny-sum.ts"))).toBe(true);
  });

  it("prints the DESIGN.md JSON document", async () => {
    await drill(["new", "tiny-sum"]);
    const r = await drill(["test", "--all", "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.results).toHaveLength(1);
    const [result] = doc.results;
    expect(result).toMatchObject({ slug: "tiny-sum", lang: "ts", status: "failed", cases: { total: 9, passed: 0, failed: 9 }, probe: null });
    expect(typeof result.durationMs).toBe("number");
    expect(result.failures[0]).toMatchObject({ case: "three numbers", status: "runtime-error", input: "nums = [1,2,3]", expected: "6" });
  });

  it("points out a misnamed solution and code named after no problem", async () => {
    mkdirSync(join(dir.path, "solutions", "sub"), { recursive: true });
    for (const f of ["Tiny-Sum.ts", "sub/tiny-sum.ts", "notes.py"]) writeFileSync(join(dir.path, "solutions", f), "");
    const r = await drill(["test"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/drill: found (Tiny-Sum\.ts, sub\/tiny-sum\.ts|sub\/tiny-sum\.ts, Tiny-Sum\.ts): did you mean tiny-sum\.ts\?/);
    expect(r.stderr).toContain("drill: ignored in solutions/ (named after no problem; drill list shows the names): notes.py");
  });

  it("refuses a difficulty or tag that does not exist, naming the valid ones (exit 2)", async () => {
    const level = await drill(["list", "--difficulty", "impossible"]);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('unknown difficulty "impossible"; use one of: easy, medium, hard');
    const tag = await drill(["list", "--tag", "nope"]);
    expect(tag.code).toBe(2);
    expect(tag.stderr).toMatch(/unknown tag "nope"; the tags are: \w/);
  });

  it("drill solution shows the reference in the language you solved it in", async () => {
    mkdirSync(join(dir.path, "solutions"), { recursive: true });
    writeFileSync(join(dir.path, "solutions", "tiny-sum.py"), readFileSync(join(fixtureRegistry, "tiny-sum", "reference.py"), "utf8"));
    expect((await drill(["test", "tiny-sum", "--lang", "py", "--no-probe"])).code).toBe(0);
    const r = await drill(["solution", "tiny-sum"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Reference solution: Tiny Sum \[py\]/);
    expect(r.stdout).toContain("def ");
  });

  it("sets damaged history lines and a damaged state file aside once, never overwriting them unseen", async () => {
    const state = join(dir.path, "solutions", ".drill");
    mkdirSync(state, { recursive: true });
    const good = JSON.stringify({ v: 1, type: "test", at: "2026-01-01T00:00:00Z", slug: "tiny-sum", lang: "ts", status: "failed", passed: 1, total: 9, durationMs: 3 });
    writeFileSync(join(state, "history.jsonl"), `${good}\n{torn\n${good}\n`);
    writeFileSync(join(state, "state.json"), "{ not json");
    const first = await drill(["list"]);
    expect(first.stderr).toMatch(/set aside 1 damaged line\(s\) of solutions\/\.drill\/history\.jsonl \(line 2\) in solutions\/\.drill\/backup\/history-damaged-[\d-]+\.jsonl; the rest is kept/);
    expect((await drill(["list"])).stderr).not.toMatch(/damaged/);
    expect(readFileSync(join(state, "history.jsonl"), "utf8")).toBe(`${good}\n${good}\n`);

    const hint = await drill(["hint", "tiny-sum"]);
    expect(hint.stderr).toMatch(/solutions\/\.drill\/state\.json \(the hint counts\) was damaged; it is kept at solutions\/\.drill\/backup\/state\.json\.damaged-[\d-]+, and drill starts afresh/);
    const kept = readdirSync(join(state, "backup")).find((f) => f.startsWith("state.json.damaged-"))!;
    expect(readFileSync(join(state, "backup", kept), "utf8")).toBe("{ not json");
  });

  it("counts in words that agree with the number", async () => {
    const state = join(dir.path, "solutions", ".drill");
    mkdirSync(state, { recursive: true });
    const test = { v: 1, type: "test", at: "2026-01-01T00:00:00Z", slug: "tiny-sum", lang: "ts", status: "failed", passed: 1, total: 9, durationMs: 3 };
    const mock = { v: 1, type: "mock", at: "2026-01-02T00:00:00Z", id: "x", minutes: 45, outcome: "submitted", usedMs: 60000, score: 50, problems: [] };
    writeFileSync(join(state, "history.jsonl"), `${JSON.stringify(test)}\n${JSON.stringify(mock)}\n`);
    expect((await drill(["stats"])).stdout).toContain("1 test run · 1 mock interview");
  });

  it("says clearly when nothing is solved yet, and exits 1", async () => {
    const all = await drill(["test", "--all"]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain("no solution yet (solutions/tiny-sum.ts); start with: drill new tiny-sum");
    expect(all.stdout).toContain("Nothing solved yet. Start with: drill new tiny-sum");
    const none = await drill(["test"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("No solutions in solutions/ yet. Start one with: drill new tiny-sum");
  });

  it("shows the statement, signature and hints", async () => {
    const r = await drill(["show", "小求和", "--hints"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tiny Sum · 小求和");
    expect(r.stdout).toContain("Signature  sumArray(nums: number[]): number");
    expect(r.stdout).toContain("1. Loop once.");
  });

  it("shows the reference only once the solution passes, or with --force", async () => {
    const before = await drill(["solution", "tiny-sum"]);
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/does not pass yet \(status: new\)/);
    expect(before.stderr).toMatch(/--force to look now/);
    const forced = await drill(["solution", "tiny-sum", "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("export function sumArray");
    await drill(["new", "tiny-sum"]);
    writeFileSync(join(dir.path, "solutions", "tiny-sum.ts"), `export function sumArray(nums: number[]) { if (!nums.length) throw new RangeError("empty"); return nums.reduce((a, b) => a + b, 0); }`);
    await drill(["test", "tiny-sum", "--no-probe"]);
    const after = await drill(["solution", "tiny-sum"]);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/Reference solution: Tiny Sum/);
    expect(after.stdout).toMatch(/Time\s+O\(n\)/);
  });

  it("runs a function pasted from LeetCode, unexported, by the problem's LeetCode number", async () => {
    mkdirSync(join(dir.path, "solutions"), { recursive: true });
    writeFileSync(join(dir.path, "solutions", "tiny-sum.ts"), "function sumArray(nums: number[]): number {\n  return _.sum(nums);\n}\n");
    const r = await drill(["test", "tiny-sum", "--no-probe", "--json"]);
    const [result] = JSON.parse(r.stdout).results;
    expect(result).toMatchObject({ status: "passed", note: expect.stringMatching(/^written LeetCode's way: 1 invalid-input case left out/) });
  });

  it("writes no colour codes with NO_COLOR", async () => {
    const r = await drill(["list"], { NO_COLOR: "1", FORCE_COLOR: "" });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});
