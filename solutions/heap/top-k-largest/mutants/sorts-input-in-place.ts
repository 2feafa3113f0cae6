// Mutant: sorts the caller's array in place instead of a copy.
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('bad k');
  return (nums as number[]).sort((a, b) => b - a).slice(0, k);
}
