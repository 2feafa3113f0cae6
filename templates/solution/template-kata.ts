/**
 * Reference: a Set holds each value once (SameValueZero, so NaN once).
 * Complexity: O(n) time, O(n) extra memory.
 */
export function templateKata(values: readonly number[]): number {
  return new Set(values).size;
}
