// A problem's TypeScript modules (generator, reference), compiled and imported on demand.
import { importTsModule } from "../runner/compile-ts.js";
import type { Rng } from "../random/rng.js";
import type { Problem } from "./load.js";

export interface GeneratorModule {
  /** Arguments for one call at size n: small n for the random cross-check, large for probes. */
  generate(n: number, rng: Rng): unknown[];
}

import type { Entry } from "../runner/call.js";

export async function loadGenerator(problem: Problem): Promise<GeneratorModule> {
  const mod = await importTsModule<Partial<GeneratorModule>>(problem.files.generator);
  if (typeof mod.generate !== "function") {
    throw new Error(`${problem.slug}/generator.ts does not export a function named generate(n, rng)`);
  }
  return mod as GeneratorModule;
}

export async function loadReference(problem: Problem): Promise<Entry> {
  const mod = await importTsModule<Record<string, unknown>>(problem.files.reference.ts!);
  const fn = mod[problem.meta.entry.ts];
  if (typeof fn !== "function") {
    throw new Error(`${problem.slug}/reference.ts does not export a function named ${problem.meta.entry.ts}`);
  }
  return fn as Entry;
}
