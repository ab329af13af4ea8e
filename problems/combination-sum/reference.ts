// Backtracking over sorted candidates: the next pick starts at the same index
// (reuse allowed) so every multiset is built in exactly one order.
export function combinationSum(candidates: number[], target: number): number[][] {
  if (!Number.isInteger(target) || target < 0) throw new RangeError(`target must be >= 0, got ${target}`);
  for (const c of candidates) {
    if (!Number.isInteger(c) || c < 1) throw new RangeError(`candidates must be positive integers, got ${c}`);
  }
  const sorted = [...candidates].sort((a, b) => a - b);
  const out: number[][] = [];
  const path: number[] = [];
  const extend = (start: number, remaining: number): void => {
    if (remaining === 0) {
      out.push(path.slice());
      return;
    }
    for (let i = start; i < sorted.length && sorted[i] <= remaining; i++) {
      path.push(sorted[i]);
      extend(i, remaining - sorted[i]);
      path.pop();
    }
  };
  extend(0, target);
  return out;
}
