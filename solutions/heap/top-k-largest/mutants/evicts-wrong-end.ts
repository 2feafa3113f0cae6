// Mutant: the bounded heap is a MAX-heap (root = largest), so a newcomer is compared with, and
// replaces, the best value kept instead of the weakest.
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('bad k');
  const kept: number[] = []; // sorted descending: kept[0] is the largest
  for (const v of nums) {
    if (kept.length < k) {
      kept.push(v);
      kept.sort((a, b) => b - a);
    } else if (k > 0 && v > kept[0]!) {
      kept[0] = v;
      kept.sort((a, b) => b - a);
    }
  }
  return kept;
}
