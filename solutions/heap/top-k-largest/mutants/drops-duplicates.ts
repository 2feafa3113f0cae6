// Mutant: deduplicates through a Set, so repeated large values are counted once.
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('bad k');
  return [...new Set(nums)].sort((a, b) => b - a).slice(0, k);
}
