// A problem's TypeScript modules (generator, reference), compiled and imported on demand.
import { importTsModule } from "./compile-ts.js";
import type { Rng } from "../random/rng.js";
import type { Lang, Problem } from "../registry/problem.js";
import type { Entry } from "./call.js";

export interface GeneratorModule {
  /** Arguments for one call at size n: small and edge-heavy, for the random cross-check. */
  generate(n: number, rng: Rng): unknown[];
  /**
   * A typical input of exactly size n, in the shape the complexity probe times (default:
   * generate). `lang` is the language timed ("torch" runs Python), for shapes that must suit
   * each runtime's fixed costs; the solution and its reference always get the same inputs.
   */
  probeInput?(n: number, rng: Rng, lang: Lang): unknown[];
}

const generators = new Map<string, Promise<GeneratorModule>>();

/** The problem's generator module, compiled and imported once per process. */
export function loadGenerator(problem: Problem): Promise<GeneratorModule> {
  let loaded = generators.get(problem.files.generator);
  if (!loaded) {
    loaded = importTsModule<Partial<GeneratorModule>>(problem.files.generator).then((mod) => {
      if (typeof mod.generate !== "function") throw new Error(`${problem.slug}/generator.ts does not export a function named generate(n, rng)`);
      return mod as GeneratorModule;
    });
    generators.set(problem.files.generator, loaded);
  }
  return loaded;
}

export async function loadReference(problem: Problem): Promise<Entry> {
  const mod = await importTsModule<Record<string, unknown>>(problem.files.reference.ts!);
  const fn = mod[problem.meta.entry.ts];
  if (typeof fn !== "function") {
    throw new Error(`${problem.slug}/reference.ts does not export a function named ${problem.meta.entry.ts}`);
  }
  return fn as Entry;
}
