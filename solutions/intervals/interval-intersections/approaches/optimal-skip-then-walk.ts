/**
 * optimal: for each interval of a, first advances a persistent pointer past the b intervals that end before it starts, then walks forward from that pointer emitting intersections until a b interval starts after it ends.
 * Time: O(n + m + k) for k intersections, and k <= n + m − 1 for two sorted disjoint lists: O(n + m); n, m = a.length, b.length.
 *
 * A b interval that ends before a[i] starts also ends before every later a starts, so skipping it
 * for good loses nothing. Every b walked past the pointer starts at or before a[i]'s end and ends
 * at or after its start, so each walk step emits an intersection, except the one that stops it.
 */
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  for (const [aStart, aEnd] of a) {
    while (first < b.length && b[first]![1] < aStart) first++;
    for (let j = first; j < b.length && b[j]![0] <= aEnd; j++) {
      const [bStart, bEnd] = b[j]!;
      out.push([aStart > bStart ? aStart : bStart, aEnd < bEnd ? aEnd : bEnd]);
    }
  }
  return out;
}
