// The space probe's accuracy: each labelled function measured several times, each time in a
// fresh worker set up like drill's (small young generation, 16 MB of stack).
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { SPACE_STACK_MB } from "../src/runner/space-sampler.js";
import { SPACE_YOUNG_MB } from "../src/runner/solution-worker.js";
import type { ComplexityClass } from "../src/registry/complexity.js";
import { SPACE_LABELLED } from "./space-functions.js";

export interface SpaceAccuracy {
  runs: { name: string; expected: ComplexityClass; measured: ComplexityClass | null; seconds: number }[];
  exact: number;
  medianSeconds: number;
}

function measureInWorker(name: string, budgetMs: number): Promise<{ measured: ComplexityClass | null; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(packageRoot, "dist", "bench-space-worker.js"), {
      resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: SPACE_YOUNG_MB, stackSizeMb: SPACE_STACK_MB },
    });
    worker.once("message", (result) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once("error", reject);
    worker.postMessage({ name, budgetMs });
  });
}

export async function runSpaceAccuracy(options: { repeats: number; log?: (line: string) => void }): Promise<SpaceAccuracy> {
  const runs: SpaceAccuracy["runs"] = [];
  for (const item of SPACE_LABELLED) {
    for (let r = 0; r < options.repeats; r++) {
      const { measured, seconds } = await measureInWorker(item.name, 3000);
      runs.push({ name: item.name, expected: item.expected, measured, seconds });
      options.log?.(`${measured === item.expected ? "✓" : "✗"} ${item.name.padEnd(26)} expected ${item.expected.padEnd(10)} measured ${String(measured).padEnd(10)} ${seconds.toFixed(2)} s`);
    }
  }
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return { runs, exact: runs.filter((r) => r.measured === r.expected).length / runs.length, medianSeconds: seconds[Math.floor(seconds.length / 2)] };
}
