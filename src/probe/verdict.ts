// Measured against target: a pass when the measured class is no worse than the target, or
// one log factor off it (O(n) vs O(n log n) cannot be told apart reliably by timing).
import { complexityRank, type ComplexityClass } from "../registry/complexity.js";

const ONE_LOG_FACTOR_ABOVE: Partial<Record<ComplexityClass, ComplexityClass>> = {
  "O(1)": "O(log n)",
  "O(n)": "O(n log n)",
  "O(n^2)": "O(n^2 log n)",
};

/** measured equals expected, or they differ by exactly one log factor (either way). */
export function withinLogFactor(measured: ComplexityClass, expected: ComplexityClass): boolean {
  return measured === expected || ONE_LOG_FACTOR_ABOVE[expected] === measured || ONE_LOG_FACTOR_ABOVE[measured] === expected;
}

export interface Verdict {
  ok: boolean;
  /** Passed only thanks to the log-factor tolerance. */
  tolerated: boolean;
  message: string;
}

export function judgeComplexity(measured: ComplexityClass, target: ComplexityClass): Verdict {
  if (complexityRank(measured) <= complexityRank(target)) {
    return { ok: true, tolerated: false, message: `measured ${measured}, target ${target}: meets the target` };
  }
  if (ONE_LOG_FACTOR_ABOVE[target] === measured) {
    return {
      ok: true,
      tolerated: true,
      message: `measured ${measured}, target ${target}: within one log factor, which timing cannot separate reliably (cache effects look like log factors)`,
    };
  }
  return { ok: false, tolerated: false, message: `measured ${measured}, target ${target}: slower than the target` };
}

/**
 * The log-factor tolerance lets a measured O(n log n) pass an O(n) target. That is fair when
 * the log factor is a cache effect, not when it is a slower term that has not yet taken over
 * (an O(n·k) scan with a tiny constant looks like O(n log n) at the sizes measured). The
 * ratio to the reference, measured side by side, tells them apart: cache effects hit both
 * solutions alike, a slower term makes the gap keep widening. (Only tolerated verdicts are
 * questioned: with an exact fit, a ratio that grows is usually overhead being amortised, as
 * with Python loops against numpy.) The space verdict uses the same rule on bytes, where the
 * log factors come from the allocator (arrays crossing into large-object space) instead.
 */
export const OUTGROWS_SLOPE = 0.3;
export const OUTGROWS_RATIO = 3;

export function outgrowsReference(ratio: { value: number; growth: number }): boolean {
  return ratio.growth >= OUTGROWS_SLOPE && ratio.value >= OUTGROWS_RATIO;
}
