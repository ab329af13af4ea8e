// drill test says (cached) for a solution that has not changed, in text and JSON; --no-cache and
// an edit run it again; --jobs takes a whole number.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureRegistry, runDrill, tempDir } from "../helpers/cli.js";

const env = { DRILL_PROBLEMS_DIR: fixtureRegistry };
let dir: { path: string; remove(): void };
let ws: string;

beforeAll(() => {
  dir = tempDir("drill-cache-cli-");
  ws = join(dir.path, "solutions");
  mkdirSync(ws);
  cpSync(join(fixtureRegistry, "tiny-sum", "reference.ts"), join(ws, "tiny-sum.ts"));
});
afterAll(() => dir.remove());

const drill = (args: string[]) => runDrill(args, { cwd: dir.path, env, timeoutMs: 120_000 });

describe("drill test and the verdict cache", () => {
  it("reuses an unchanged verdict and says so; --no-cache and an edit run again", { timeout: 300_000 }, async () => {
    const first = await drill(["test", "--no-probe"]);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain("(cached)");

    const second = await drill(["test", "--no-probe"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/✓ tiny-sum \[ts\]\s+\d+\/\d+ cases\s+\(cached\)/);

    const json = JSON.parse((await drill(["test", "--no-probe", "--json"])).stdout);
    expect(json.results[0]).toMatchObject({ slug: "tiny-sum", status: "passed", cached: true });
    const fresh = JSON.parse((await drill(["test", "--no-probe", "--json", "--no-cache"])).stdout);
    expect(fresh.results[0]).toMatchObject({ status: "passed", cached: false });

    writeFileSync(join(ws, "tiny-sum.ts"), "export function sumArray(nums: number[]): number { return 0; }\n");
    const edited = await drill(["test", "--no-probe"]);
    expect(edited.code).toBe(1);
    expect(edited.stdout).not.toContain("(cached)");
  });

  it("refuses a --jobs that is not a whole number of 1 or more", { timeout: 60_000 }, async () => {
    const run = await drill(["test", "--jobs", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("whole number");
  });
});
