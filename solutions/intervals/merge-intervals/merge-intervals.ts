/**
 * Reference: sort a copy by start, then sweep once, growing the current merged interval.
 *
 * Invariant: after processing the first k intervals in start order, `merged` holds their union
 * as sorted, separated intervals, the last of which is still open for growth. The next interval
 * starts no earlier than anything before it, so it can only meet the last merged interval: it
 * does iff its start is <= that interval's end (<= because touching closed intervals merge).
 * Then the end becomes the max of both ends (a nested interval must not shrink it).
 *
 * Complexity: O(n log n) time for the sort, O(n) for the sweep; O(n) extra memory for the copy.
 */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      if (end > last[1]) last[1] = end;
    } else {
      merged.push([start, end]); // a new pair: the input's pairs are never handed out or changed
    }
  }
  return merged;
}
