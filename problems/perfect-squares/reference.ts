// best[v] = 1 + min(best[v - j*j]) over the squares j*j <= v.
export function numSquares(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number >= 1, got ${n}`);
  const best = new Int32Array(n + 1);
  for (let v = 1; v <= n; v++) {
    let fewest = v; // v ones
    for (let j = 1; j * j <= v; j++) {
      const count = best[v - j * j] + 1;
      if (count < fewest) fewest = count;
    }
    best[v] = fewest;
  }
  return best[n];
}
