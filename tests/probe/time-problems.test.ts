// The time probe on real slow solutions at the edge of what a budget reaches. (Whether slow
// fixtures fail is measured by the truth benchmark: the margins there depend on the machine.)
import { copyFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { probeSolution, type ProbeReport } from "../../src/probe/run-probe.js";
import { LANG_EXTENSION } from "../../src/registry/load.js";
import type { LanguageAdapter } from "../../src/runner/types.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import { fixtureSolutions, tempDir } from "../helpers/cli.js";
import { pythonAdapter, realProblem } from "../helpers/run-solution.js";

const adapters: Record<"ts" | "py", LanguageAdapter> = { ts: new TypeScriptAdapter(), py: pythonAdapter() };
const workspace = tempDir();
afterAll(async () => {
  await Promise.all(Object.values(adapters).map((a) => a.dispose()));
  workspace.remove();
});

async function probeSlow(slug: string, name: string, lang: "ts" | "py"): Promise<ProbeReport> {
  const dir = join(workspace.path, `${lang}-${basename(name)}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${slug}${LANG_EXTENSION[lang]}`);
  copyFileSync(join(fixtureSolutions, slug, "slow", name), file);
  return probeSolution(realProblem(slug), { file, lang, adapter: adapters[lang] });
}

describe("the time probe on slow solutions at the edge of the budget", () => {
  it("measures plain recursion over a grid's paths on consecutive small sizes, not one", { timeout: 120_000 }, async () => {
    // C(2n, n) paths: almost 4× per +1 of n, from n = 8 a single call at n = 16 took seconds.
    const report = await probeSlow("minimum-path-sum", "plain-recursion.ts", "ts");
    expect(report.status).not.toBe("passed");
    expect(report.points.length).toBeGreaterThanOrEqual(5);
  });
});
