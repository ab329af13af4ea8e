// Pairs cancel under XOR, in any order; what is left is the single value.
export function singleNumber(nums: number[]): number {
  let acc = 0;
  for (const x of nums) acc ^= x;
  return acc;
}
