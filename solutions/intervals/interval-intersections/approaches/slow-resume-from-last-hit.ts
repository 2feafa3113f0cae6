/**
 * slow: for each interval of a, scans b from the last b interval that produced an intersection, stopping at the first that starts after the a interval ends.
 * Time: O(n + m + intersections) while hits are frequent (the bench), but O(n·m) when hits are rare: with no intersection at all the resume point never moves and every scan starts at b[0]; n, m = a.length, b.length.
 * exposed by: interleaved lists that never meet, e.g. a = [4i, 4i + 1], b = [4i + 2, 4i + 3] for i < n (the scan for a[i] walks b[0..i−1]); the bench's overlapping lists hide it.
 *
 * Correct because every b before the resume point ended before the last hit's b started, hence
 * before the previous a interval ended, hence before the current one starts.
 */
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  let resume = 0;
  for (const [aStart, aEnd] of a) {
    for (let j = resume; j < b.length && b[j]![0] <= aEnd; j++) {
      const [bStart, bEnd] = b[j]!;
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (start <= end) {
        out.push([start, end]);
        resume = j; // only a hit moves the resume point: a run of misses is walked again
      }
    }
  }
  return out;
}
