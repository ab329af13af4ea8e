// The space probe makes every collection a full one while it measures. V8's flags belong to the
// whole process, so that must end with each sample: a time probe run after it, in another
// worker, would otherwise pay a full collection for every young one and allocating code would
// seem to pull away from a reference that allocates little.
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { probeSpace } from "../../src/probe/space.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import { realProblem } from "../helpers/run-solution.js";

const adapter = new TypeScriptAdapter();
afterAll(() => adapter.dispose());

/** Collections seen in a fresh worker while it makes a lot of short-lived garbage. */
function collectionsInAFreshWorker(): Promise<{ minor: number; major: number }> {
  const source = `
    const { parentPort } = require("node:worker_threads");
    const { PerformanceObserver, constants } = require("node:perf_hooks");
    const seen = { minor: 0, major: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR ? seen.minor++ : seen.major++;
    });
    observer.observe({ entryTypes: ["gc"] });
    let kept = 0;
    for (let i = 0; i < 200; i++) { const rows = []; for (let j = 0; j < 20000; j++) rows.push([j]); kept += rows.length; }
    setTimeout(() => { observer.disconnect(); parentPort.postMessage(seen); }, 50);`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true });
    worker.once("message", (seen) => void worker.terminate().then(() => resolve(seen)));
    worker.once("error", reject);
  });
}

describe("the space probe and the process's collections", () => {
  const problem = realProblem("sliding-window-max");
  const file = problem.files.reference.ts!;

  it("leaves young collections young after it measured", { timeout: 60_000 }, async () => {
    const report = await probeSpace(problem, { file, lang: "ts", adapter, reference: "never", budgetMs: 1500 });
    expect(report.points.length).toBeGreaterThan(0);
    expect((await collectionsInAFreshWorker()).minor).toBeGreaterThan(0);
  });

  it("…and after it was stopped in the middle of a measurement", { timeout: 60_000 }, async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    await probeSpace(problem, { file, lang: "ts", adapter, reference: "never", budgetMs: 5000, signal: controller.signal });
    expect((await collectionsInAFreshWorker()).minor).toBeGreaterThan(0);
  });
});
