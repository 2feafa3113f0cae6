/**
 * Brute force: scan from the left for the first value >= target. Correct, but O(n) per lookup:
 * a target near the end or above every value reads the whole array.
 */
export function lowerBound(sorted: readonly number[], target: number): number {
  let i = 0;
  while (i < sorted.length && sorted[i]! < target) i++;
  return i;
}
