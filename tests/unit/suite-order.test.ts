// Several solutions: case runs go side by side, probes one at a time after every case run, and
// the results arrive in the order asked for, with the progress counting up to the total.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProblem } from "../../src/registry/load.js";
import { runSuite, type SuiteProgress, type SuiteReporter } from "../../src/suite/run-suite.js";
import { fixtureRegistry, tempDir } from "../helpers/cli.js";
import { formatDuration, progressLine, ProgressTracker } from "../../src/suite/progress.js";

let dir: { path: string; remove(): void };
const slugs = ["sum-a", "sum-b", "sum-c", "sum-d"];

beforeAll(() => {
  dir = tempDir("drill-suite-");
  mkdirSync(join(dir.path, "ws"));
  for (const slug of slugs) {
    cpSync(join(fixtureRegistry, "tiny-sum"), join(dir.path, "reg", slug), { recursive: true });
    cpSync(join(fixtureRegistry, "tiny-sum", "reference.ts"), join(dir.path, "ws", `${slug}.ts`));
  }
  // One wrong answer: it is reported in its place and never probed.
  writeFileSync(join(dir.path, "ws", "sum-b.ts"), "export function sumArray(nums: number[]): number { return 0; }\n");
});
afterAll(() => dir.remove());

describe("drill test over several solutions", () => {
  it("runs cases in parallel, then probes one at a time, reporting in order", { timeout: 240_000 }, async () => {
    const events: string[] = [];
    const progress: SuiteProgress[] = [];
    const reporter: SuiteReporter = {
      start() {},
      progress: (slug) => events.push(`case ${slug}`),
      probing: (slug) => events.push(`probe ${slug}`),
      result: (r) => events.push(`result ${r.slug} ${r.status}`),
      overall: (p) => progress.push(p),
      async finish() {},
    };
    const items = slugs.map((slug) => ({ problem: loadProblem(join(dir.path, "reg"), slug), lang: "ts" as const }));
    const results = await runSuite(items, { workspace: join(dir.path, "ws"), cwd: dir.path, seed: 1, recordHistory: false, probe: true, space: false, budgetMs: 400, jobs: 2 }, reporter);

    expect(results.map((r) => r.slug)).toEqual(slugs);
    expect(events.filter((e) => e.startsWith("result"))).toEqual(["result sum-a passed", "result sum-b failed", "result sum-c passed", "result sum-d passed"]);
    // No case runs once probing has begun, and the failing solution is never probed.
    const firstProbe = events.findIndex((e) => e.startsWith("probe"));
    expect(firstProbe).toBeGreaterThan(0);
    expect(events.slice(firstProbe).some((e) => e.startsWith("case"))).toBe(false);
    expect(events).not.toContain("probe sum-b");
    // Probes in order, each finished before the next starts.
    const probed = events.filter((e) => e.startsWith("probe")).map((e) => e.split(" ")[1]);
    expect([...new Set(probed)]).toEqual(["sum-a", "sum-c", "sum-d"]);
    expect(probed.join(",")).toMatch(/^(sum-a,)+(sum-c,)+(sum-d,?)+$/);
    expect(results.filter((r) => r.probe).map((r) => r.slug)).toEqual(["sum-a", "sum-c", "sum-d"]);

    expect(progress.at(-1)).toMatchObject({ done: 4, total: 4 });
    expect(progress.some((p) => p.current?.includes("probing"))).toBe(true);
  });
});

describe("the progress line", () => {
  it("counts, names what runs, and estimates from what has been timed", () => {
    let now = 0;
    const t = new ProgressTracker(10, 2, () => now);
    expect(t.snapshot().etaMs).toBeNull();
    t.running("lcs", "py", "cases");
    now = 2000;
    t.casesFinished(2000, false);
    t.resultReported();
    const p = t.snapshot();
    expect(p).toMatchObject({ done: 1, total: 10, current: "lcs [py]: cases", elapsedMs: 2000 });
    // Nine more case runs of 2 s, two at a time, and no probes seen so far.
    expect(p.etaMs).toBe(9000);
    expect(progressLine(p)).toBe("1/10 · lcs [py]: cases · 2s elapsed · about 9s left");
    expect(formatDuration(125_000)).toBe("2:05");
  });
});
