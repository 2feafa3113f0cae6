// Mutant: `sort()` without a comparator orders numbers as strings, so 9 beats 10 and -1 beats 5.
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('bad k');
  return [...nums].sort().reverse().slice(0, k);
}
