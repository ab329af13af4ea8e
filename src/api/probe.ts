// drill's complexity probe as a library: `import { probe, probeSpace } from "drill/probe"`.
// The same plans, input variants, batch rules and fits drill uses on solutions, run in the
// caller's thread on any function and input generator.
export { probe, probeSpace } from "../probe/engine.js";
export type { Generate, ProbeOptions, ProbeResult, SpaceProbeOptions } from "../probe/engine.js";
export type { SpaceResult } from "../probe/space-plan.js";
export type { ClassScore } from "../probe/fit.js";
export type { ComplexityClass } from "../registry/complexity.js";
export { COMPLEXITY_CLASSES } from "../registry/complexity.js";
export type { Rng } from "../random/rng.js";
export { createRng } from "../random/rng.js";
