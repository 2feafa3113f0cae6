/**
 * Reference: two pointers sweeping both sorted lists together.
 *
 * Invariant: every intersection involving a[0..i-1] or b[0..j-1] has been emitted, in order.
 * Of a[i] and b[j], the one that ends first cannot meet anything after the other's current
 * interval, because in a disjoint sorted list the next interval starts after the current one
 * ends, which is after the first end. So, after emitting the intersection of a[i] and b[j]
 * (if non-empty), advancing that pointer loses nothing. Emissions come out sorted because
 * each new intersection starts after the previous one ends.
 *
 * Complexity: O(n + m) time, as each step advances one pointer; O(1) extra memory besides the
 * output.
 */
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i]!;
    const [bStart, bEnd] = b[j]!;
    const start = aStart > bStart ? aStart : bStart;
    const end = aEnd < bEnd ? aEnd : bEnd;
    if (start <= end) out.push([start, end]);
    if (aEnd < bEnd) i++;
    else j++;
  }
  return out;
}
