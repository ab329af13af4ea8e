// A solution whose content, problem, drill, runtime and options are unchanged reuses its last
// verdict; changing any of them runs it again, and a missing or damaged cache file only re-runs.
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadProblem, type Problem } from "../../src/registry/load.js";
import { runSuite, type SuiteOptions, type SuiteReporter } from "../../src/suite/run-suite.js";
import type { ProblemResult } from "../../src/suite/results.js";
import { cacheKey, folderHash, keyParts, optionsKey, runtimeOf } from "../../src/suite/cache-key.js";
import { isCacheable, readVerdict, writeVerdict } from "../../src/suite/verdict-cache.js";
import { cacheFile } from "../../src/workspace/paths.js";
import { fixtureRegistry, tempDir } from "../helpers/cli.js";

const silent: SuiteReporter = { start() {}, progress() {}, probing() {}, result() {}, async finish() {} };

let dir: { path: string; remove(): void };
let registry: string;
let workspace: string;

beforeEach(() => {
  dir = tempDir("drill-cache-");
  registry = join(dir.path, "registry");
  workspace = join(dir.path, "ws");
  cpSync(join(fixtureRegistry, "tiny-sum"), join(registry, "tiny-sum"), { recursive: true });
  mkdirSync(workspace);
  cpSync(join(registry, "tiny-sum", "reference.ts"), join(workspace, "tiny-sum.ts"));
});
afterEach(() => {
  chmodSync(workspace, 0o755);
  dir.remove();
});

const problem = (): Problem => loadProblem(registry, "tiny-sum");

async function test(options: Partial<SuiteOptions> = {}): Promise<ProblemResult> {
  const [result] = await runSuite(
    [{ problem: problem(), lang: "ts" }],
    { workspace, cwd: dir.path, seed: 1, recordHistory: false, probe: false, cache: true, ...options },
    silent,
  );
  return result;
}

describe("the verdict cache", () => {
  it("reuses an unchanged solution's verdict, cases and all, and runs again with --no-cache", { timeout: 120_000 }, async () => {
    const first = await test();
    expect(first.status).toBe("passed");
    expect(first.cached).toBeUndefined();
    expect(existsSync(cacheFile(workspace, "tiny-sum", "ts"))).toBe(true);

    const second = await test();
    expect(second.cached).toBe(true);
    expect(second.status).toBe("passed");
    expect(second.cases).toEqual(first.cases);
    expect(second.caseResults.map((c) => c.name)).toEqual(first.caseResults.map((c) => c.name));

    expect((await test({ cache: false })).cached).toBeUndefined();
  });

  it("runs again when the solution, the problem's data, the seed or the probe options change", { timeout: 120_000 }, async () => {
    await test();
    expect((await test()).cached).toBe(true);

    // The solution: a wrong answer now, never the old pass.
    writeFileSync(join(workspace, "tiny-sum.ts"), "export function sumArray(nums: number[]): number { return nums.length ? nums[0] : 0; }\n");
    const changed = await test();
    expect(changed.cached).toBeUndefined();
    expect(changed.status).toBe("failed");
    expect((await test()).cached).toBe(true);

    // The problem's data: any file in its folder.
    appendFileSync(join(registry, "tiny-sum", "statement.md"), "\nOne more line.\n");
    expect((await test()).cached).toBeUndefined();
    expect((await test()).cached).toBe(true);

    // The options.
    expect((await test({ seed: 2 })).cached).toBeUndefined();
    expect((await test({ seed: 2 })).cached).toBe(true);
  });

  it("treats a damaged or deleted cache as none", { timeout: 120_000 }, async () => {
    await test();
    writeFileSync(cacheFile(workspace, "tiny-sum", "ts"), "{ not json");
    expect((await test()).cached).toBeUndefined();
    rmSync(join(workspace, ".drill", "cache"), { recursive: true });
    expect((await test()).cached).toBeUndefined();
    expect((await test()).cached).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)("reports a read-only workspace once and still runs", { timeout: 120_000 }, async () => {
    chmodSync(workspace, 0o555);
    const refused: string[] = [];
    const result = await test({ onNotSaved: (e) => refused.push(e.line("results not saved", "ws")) });
    expect(result.status).toBe("passed");
    expect(refused).toEqual(["cannot write to the workspace ws/: read-only; results not saved (make it writable, or pass --workspace DIR)"]);
  });
});

describe("the cache key", () => {
  const parts = () => keyParts(problem(), "py", Buffer.from("def f(): pass\n"), { command: "python3", executable: "/usr/bin/python3", version: "3.12.1", numpy: "2.0.0", torch: null }, { seed: 1, probe: true, space: true });

  it("changes with the runtime: node, python, numpy and torch versions", () => {
    const base = cacheKey(parts());
    const py = { command: "python3", executable: "/usr/bin/python3", version: "3.12.1", numpy: "2.0.0", torch: null };
    expect(runtimeOf("py", py)).toContain(process.version);
    for (const other of [{ ...py, version: "3.13.0" }, { ...py, numpy: "2.1.0" }, { ...py, numpy: null }, { ...py, torch: "2.5.0" }, { ...py, executable: "/opt/py/bin/python3" }]) {
      expect(cacheKey({ ...parts(), runtime: runtimeOf("py", other) })).not.toBe(base);
    }
    expect(runtimeOf("ts", null)).toBe(`node ${process.version}`);
  });

  it("changes with the options: seed, probe, space and budget", () => {
    const o = { seed: 1, probe: true, space: true, budgetMs: 3000 };
    const keys = [o, { ...o, seed: 2 }, { ...o, probe: false }, { ...o, space: false }, { ...o, budgetMs: 5000 }].map(optionsKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("changes with drill's code and with the problem's files", () => {
    const base = parts();
    expect(base.drill).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    expect(cacheKey({ ...base, drill: base.drill.replace(/.$/, (c) => (c === "0" ? "1" : "0")) })).not.toBe(cacheKey(base));
    // drill's code is hashed as a folder (src/): a file edited, added or renamed changes it.
    const before = folderHash(join(registry, "tiny-sum"));
    writeFileSync(join(registry, "tiny-sum", "extra.txt"), "x");
    expect(folderHash(join(registry, "tiny-sum"))).not.toBe(before);
    expect(keyParts(problem(), "ts", Buffer.from("x"), null, { seed: 1, probe: false, space: false }).problem).toBe(folderHash(join(registry, "tiny-sum"), (n) => n.startsWith(".") || n === "__pycache__"));
  });
});

describe("what is saved", () => {
  const result = (over: Partial<ProblemResult> = {}): ProblemResult => ({
    slug: "tiny-sum", lang: "ts", status: "passed", file: "tiny-sum.ts", cases: { total: 1, passed: 1, failed: 0 },
    caseResults: [{ name: "a", group: "fixed", status: "passed", ms: 1, args: [[1]] }], failures: [], randomFailures: 0, seed: 1, durationMs: 5, probe: null, ...over,
  });

  it("keeps verdicts about the code, not about the moment", () => {
    expect(isCacheable(result())).toBe(true);
    expect(isCacheable(result({ status: "failed" }))).toBe(true);
    expect(isCacheable(result({ status: "missing" }))).toBe(false);
    expect(isCacheable(result({ caseResults: [{ name: "a", group: "fixed", status: "timeout", ms: 1, args: [] }] }))).toBe(false);
    expect(isCacheable(result({ status: "error", error: { kind: "no-runtime", message: "no python" } }))).toBe(false);
    expect(isCacheable(result({ probe: { status: "inconclusive" } as ProblemResult["probe"] }))).toBe(false);
  });

  it("reads back only under the same key, and stores small JSON", () => {
    writeVerdict(workspace, "k1", result({ cached: true }));
    expect(readVerdict(workspace, "tiny-sum", "ts", "k1")?.cases.passed).toBe(1);
    expect(readVerdict(workspace, "tiny-sum", "ts", "k1")?.cached).toBeUndefined();
    expect(readVerdict(workspace, "tiny-sum", "ts", "k2")).toBeNull();
    expect(readVerdict(workspace, "tiny-sum", "py", "k1")).toBeNull();
    expect(JSON.parse(readFileSync(cacheFile(workspace, "tiny-sum", "ts"), "utf8")).key).toBe("k1");
  });
});
