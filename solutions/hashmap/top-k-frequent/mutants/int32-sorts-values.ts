// Mutant: puts the distinct values in an Int32Array to sort them numerically, then stable-sorts
// them by count. Values of 2^31 or more wrap to negative numbers: `[2147483648]` with k = 1
// gives `[-2147483648]`.
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`bad k: ${k}`);
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);
  const values = Array.from(Int32Array.from(counts.keys()).sort());
  return values.sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, k);
}
