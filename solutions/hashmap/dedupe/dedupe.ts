/**
 * Reference: one pass with a Set of the values seen so far.
 *
 * A Set compares with SameValueZero, exactly the equality the contract asks for, so NaN, 0/-0 and
 * object identity need no special cases. Invariant: before item i, `seen` holds every value of
 * items[0..i-1] and `result` holds their first occurrences in order; item i is pushed exactly when
 * its value is new. The item itself is pushed (not a value read back from the Set), so a kept -0
 * keeps its sign and a kept object is the caller's reference.
 *
 * Complexity: O(n) time (one expected-O(1) `has` and at most one `add` per item), O(d) extra
 * memory for d distinct values.
 */
export function dedupe<T>(items: readonly T[]): T[] {
  const seen = new Set<T>();
  const result: T[] = [];
  for (const item of items) {
    if (seen.has(item)) continue;
    seen.add(item);
    result.push(item);
  }
  return result;
}
