/**
 * Brute force: a linear scan. Correct on any array, sorted or not, but O(n) per lookup: for an
 * absent target it reads every element.
 */
export function binarySearch(sorted: readonly number[], target: number): number {
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i] === target) return i;
  }
  return -1;
}
