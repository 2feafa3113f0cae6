/**
 * slow: recursive binary search that passes the half it keeps as a new array (`slice`), adding the offset of that half back on the way out.
 * time: O(n) per lookup (copies of n/2 + n/4 + … values, O(log n) comparisons): O(n) for the bench's fixed batch of 64 lookups, against O(log n).
 * exposed by: any lookup on a large array (the bench's already shows it; most visible when the target is absent, since a hit can stop early).
 *
 * The way binary search is often first written in a language with cheap slices (Python lists,
 * functional style): "search the left half" becomes "call yourself on the left half". Only
 * log n comparisons are made, so it still looks logarithmic, but each `slice` copies the half it
 * keeps, and the copies add up to about n values per lookup.
 */
export function binarySearch(sorted: readonly number[], target: number): number {
  if (sorted.length === 0) return -1;
  const mid = sorted.length >> 1;
  const value = sorted[mid]!;
  if (value === target) return mid;
  if (value > target) return binarySearch(sorted.slice(0, mid), target);
  const found = binarySearch(sorted.slice(mid + 1), target);
  return found === -1 ? -1 : mid + 1 + found;
}
