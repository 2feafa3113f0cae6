/**
 * slow: sorts a copy by start and folds it with reduce, pushing a separate interval but, when one overlaps the last, returning a fresh copy of the whole list with the last interval replaced.
 * Time: O(n log n) for the sort plus O(g) per merge for g merged intervals so far: O(n log n) when nothing merges (the bench), O(n²) when many groups each need a merge; n = intervals.length.
 * exposed by: many small overlapping groups, e.g. n/2 pairs [10i, 10i + 5] and [10i + 3, 10i + 8] (shuffled): n/2 merges each copying up to n/2 intervals; the bench's disjoint intervals never merge.
 */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  return byStart.reduce<[number, number][]>((merged, [start, end]) => {
    const last = merged[merged.length - 1];
    if (last === undefined || start > last[1]) {
      merged.push([start, end]);
      return merged;
    }
    // "Don't mutate the accumulator": a rebuilt list per merge, O(length of the list).
    return [...merged.slice(0, -1), [last[0], Math.max(last[1], end)]];
  }, []);
}
