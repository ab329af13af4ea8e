// ROC AUC as the Mann-Whitney U statistic: sort once, give tied scores the average of
// the ranks they span, sum the positives' ranks. O(n log n) for the sort.

export function rocAuc(scores: number[], labels: number[]): number {
  const n = scores.length;
  if (labels.length !== n) throw new RangeError(`${n} scores but ${labels.length} labels`);
  let positives = 0;
  for (const label of labels) {
    if (label !== 0 && label !== 1) throw new RangeError(`labels must be 0 or 1, got ${label}`);
    positives += label;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) throw new RangeError("AUC needs at least one positive and one negative sample");

  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);

  // Walk tie groups [start, end): 1-based ranks start+1 .. end share their average.
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) if (labels[order[i]] === 1) rankSum += averageRank;
    start = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
