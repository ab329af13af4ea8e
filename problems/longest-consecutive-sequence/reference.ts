// Hash set of values; walk upwards only from run starts (x - 1 absent), so each value is walked once.
export function longestConsecutive(nums: number[]): number {
  const values = new Set(nums);
  let best = 0;
  for (const x of values) {
    if (values.has(x - 1)) continue;
    let length = 1;
    while (values.has(x + length)) length++;
    if (length > best) best = length;
  }
  return best;
}
