/**
 * slow: keeps the array as a sorted list of segments with a constant value each (breakpoints plus values); an update splits the segments at its two ends (binary search + `splice`) and adds its delta to every segment in between.
 * time: O(log s + s) per update for s segments (the splices shift the breakpoint list and the range touches every segment inside it), O(n + s) to expand at the end: O(n + u²) with s up to 2u. The bench's u = n overlapping ranges make it O(n²).
 * exposed by: many updates with distinct, overlapping ranges (the bench's already are); a few wide updates, or updates that reuse the same ranges, stay fast.
 *
 * The "interval map" (run-length) representation is what you use when the array is huge and the
 * updates are few. The update cost depends on how many segments a range spans, and a new range
 * adds up to two more: with many overlapping updates, every update walks over most segments.
 */
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  for (const [start, end] of updates) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end >= length) {
      throw new RangeError(`Expected integers 0 <= start <= end < ${length}, got [${start}, ${end}].`);
    }
  }
  // Segment s covers [starts[s], starts[s + 1]) (the last one runs to the end) with value values[s].
  const starts: number[] = length > 0 ? [0] : [];
  const values: number[] = length > 0 ? [0] : [];
  /** Makes `at` a breakpoint and returns the index of the segment that starts there. */
  const split = (at: number): number => {
    let lo = 0;
    let hi = starts.length; // first segment starting after `at`
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    const s = lo - 1; // the segment containing `at`
    if (starts[s] === at) return s;
    starts.splice(s + 1, 0, at); // O(segments) shift
    values.splice(s + 1, 0, values[s]!);
    return s + 1;
  };
  for (const [start, end, delta] of updates) {
    const first = split(start);
    const last = end + 1 < length ? split(end + 1) : starts.length; // segments [first, last) lie inside the range
    for (let s = first; s < last; s++) values[s] = values[s]! + delta;
  }
  const result = new Array<number>(length);
  for (let s = 0; s < starts.length; s++) {
    const stop = s + 1 < starts.length ? starts[s + 1]! : length;
    for (let i = starts[s]!; i < stop; i++) result[i] = values[s]!;
  }
  return result;
}
