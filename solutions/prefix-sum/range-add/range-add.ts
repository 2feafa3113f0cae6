/**
 * Reference: a difference array.
 *
 * Invariant: `diff[i]` holds how much the value at index i exceeds the value at index i - 1, so
 * the running sum of `diff[0..i]` is the value at i. Adding `delta` to start..end changes only two
 * such differences: +delta where the range begins, −delta just after it ends (skipped when the
 * range runs to the last index). One running sum at the end turns differences back into values.
 * Every update is validated before any of them is applied, so a bad one throws without partial work.
 *
 * Complexity: O(n + u) time for n = length and u updates, O(n) extra memory (the result).
 */
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  for (const [start, end] of updates) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end >= length) {
      throw new RangeError(`Expected integers 0 <= start <= end < ${length}, got [${start}, ${end}].`);
    }
  }
  const diff = new Array<number>(length).fill(0);
  for (const [start, end, delta] of updates) {
    diff[start] += delta;
    if (end + 1 < length) diff[end + 1] -= delta;
  }
  for (let i = 1; i < length; i++) diff[i] += diff[i - 1]!;
  return diff;
}
