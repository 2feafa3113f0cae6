/**
 * slow: for each interval of a, scans b from its beginning, skipping the intervals that end too early and stopping at the first that starts after it ends.
 * Time: O(n·m) in general: the early stop only saves the tail, so on lists spread over the same range each scan walks about half of b: O(n²) on the bench; n, m = a.length, b.length.
 * exposed by: two long lists over the same range (the bench).
 */
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  for (const [aStart, aEnd] of a) {
    for (let j = 0; j < b.length; j++) {
      const [bStart, bEnd] = b[j]!;
      if (bStart > aEnd) break; // b is sorted: nothing later meets this a
      if (bEnd < aStart) continue; // the forgotten optimisation: this prefix is walked again for every a
      out.push([Math.max(aStart, bStart), Math.min(aEnd, bEnd)]);
    }
  }
  return out;
}
