// What a probe reports, from the plan's points and the fit.
import type { ComplexityClass } from "../registry/complexity.js";
import { fitComplexity, type ClassScore, type FitOptions } from "./fit.js";
import type { PlanResult } from "./plan.js";

export interface ProbeResult {
  /** The measured class, or null when too few sizes could be measured (see note). */
  measured: ComplexityClass | null;
  /** [n, seconds per call], ascending n: the minimum over rounds for each size. */
  points: [number, number][];
  /** Slope of log(time) against log(n). */
  slope: number;
  /** Every class with its fit score (relative RMS error), best first. */
  alternatives: ClassScore[];
  nRange: [number, number];
  rounds: number;
  elapsedMs: number;
  /** Why the probe stopped early or could not decide. */
  note?: string;
  /** The call threw at this n; `outsideLeetcode`: code written LeetCode's way, at an n past LeetCode's constraints. */
  error?: { n: number; message: string; outsideLeetcode?: string };
}

export function toProbeResult(plan: PlanResult, elapsedMs: number, extra: { error?: ProbeResult["error"]; fit?: FitOptions } = {}): ProbeResult {
  const { points } = plan;
  const result: ProbeResult = {
    measured: null,
    points,
    slope: 0,
    alternatives: [],
    nRange: points.length ? [points[0][0], points[points.length - 1][0]] : [0, 0],
    rounds: plan.rounds,
    elapsedMs,
    note: plan.note,
  };
  if (extra.error) {
    result.error = extra.error;
    result.note = `the function threw at n = ${extra.error.n}: ${extra.error.message}`;
  } else if (points.filter(([, t]) => t > 0).length >= 4 && !plan.note?.startsWith("too slow")) {
    const fit = fitComplexity(points, extra.fit);
    Object.assign(result, { measured: fit.measured, slope: fit.slope, alternatives: fit.scores });
  }
  return result;
}
