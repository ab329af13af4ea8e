// The complexity classes drill measures and grades, from the smallest to the largest.

export const COMPLEXITY_CLASSES = [
  "O(1)",
  "O(log n)",
  "O(n)",
  "O(n log n)",
  "O(n^2)",
  "O(n^2 log n)",
  "O(n^3)",
  "O(2^n)",
] as const;

export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

export function complexityRank(c: ComplexityClass): number {
  return COMPLEXITY_CLASSES.indexOf(c);
}

/** A probe's verdict: met the target, failed it on evidence, or too little evidence to say. */
export type ProbeStatus = "passed" | "failed" | "inconclusive";
