/**
 * slow: recursive lower bound on `slice`d halves: the half that can hold the answer is copied and searched, and its offset added back.
 * time: O(n) per lookup (copies of about n/2 + n/4 + … values, O(log n) comparisons): O(n) for the bench's batch of 64 lookups.
 * exposed by: any lookup on a large array (the bench's already shows it).
 *
 * "Recurse on the half that matters" with array slices as the halves. The comparisons are
 * logarithmic; the copying is not, and it dominates as soon as n is large.
 */
export function lowerBound(sorted: readonly number[], target: number): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  if (sorted[mid]! < target) return mid + 1 + lowerBound(sorted.slice(mid + 1), target);
  return lowerBound(sorted.slice(0, mid), target);
}
