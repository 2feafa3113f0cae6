/**
 * Brute force: intersect every interval of `a` with every interval of `b` and keep the
 * non-empty results. Correct, and the first answer to state, but O(n·m). The outer loop follows
 * `a` in order and the inner one `b` in order, so the results already come out sorted.
 */
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (start <= end) out.push([start, end]);
    }
  }
  return out;
}
