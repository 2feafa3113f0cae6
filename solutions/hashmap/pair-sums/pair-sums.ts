/**
 * Reference: count every value, then walk the distinct values in ascending order.
 *
 * A pair of values is determined by its smaller member `a` (the other is `target - a`), so
 * "each pair once" means "each qualifying `a` once". Walking distinct values in ascending order
 * and keeping only `a <= target - a` yields every pair exactly once, already sorted by `a`.
 * Two different positions are needed: a partner different from `a` just has to occur; the
 * partner `a` itself has to occur at least twice.
 *
 * Complexity: O(n) to count, O(d log d) to sort the d distinct values, O(d) to emit:
 * O(n log n) time in the worst case, O(d) extra memory.
 */
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const counts = new Map<number, number>();
  for (const value of amounts) counts.set(value, (counts.get(value) ?? 0) + 1);

  const values = [...counts.keys()].sort((x, y) => x - y);
  const pairs: [number, number][] = [];
  for (const a of values) {
    const b = target - a;
    if (a > b) break; // sorted ascending: every later `a` is larger still
    const needed = a === b ? 2 : 1;
    if ((counts.get(b) ?? 0) >= needed) pairs.push([a, b]);
  }
  return pairs;
}
