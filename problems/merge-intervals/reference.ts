// Sort by start, then sweep: extend the current interval while the next one starts
// at or before its end.
export function mergeIntervals(intervals: number[][]): number[][] {
  for (const [start, end] of intervals) {
    if (start > end) throw new RangeError(`interval [${start}, ${end}] has start > end`);
  }
  const sorted = intervals.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0]);
  const out: number[][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
