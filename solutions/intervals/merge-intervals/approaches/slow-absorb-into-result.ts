/**
 * slow: takes the intervals in input order; each one absorbs every interval of the result it overlaps (found by scanning the whole result), then joins it; the result is sorted at the end.
 * Time: O(n·r) for a result of r intervals: O(n²) when little merges, as in the bench's disjoint intervals; n = intervals.length.
 * exposed by: many separate intervals (the bench); heavy overlap keeps the result short and hides it.
 *
 * Correct because the result is always pairwise separate: what the new interval overlaps is
 * connected to it, so their hull is exactly their union and cannot reach any other kept interval.
 */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  let result: [number, number][] = [];
  for (const [s, e] of intervals) {
    let start = s;
    let end = e;
    const untouched: [number, number][] = [];
    for (const kept of result) {
      if (kept[0] <= end && start <= kept[1]) {
        if (kept[0] < start) start = kept[0];
        if (kept[1] > end) end = kept[1];
      } else {
        untouched.push(kept);
      }
    }
    untouched.push([start, end]);
    result = untouched;
  }
  return result.sort((x, y) => x[0] - y[0]);
}
