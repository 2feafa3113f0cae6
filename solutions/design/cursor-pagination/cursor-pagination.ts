/**
 * Reference: binary search for where the page starts, then a slice.
 *
 * Invariant of the search: every index below `lo` holds an id `<= after`, every index at or above
 * `hi` an id `> after`; when they meet, `lo` is the first item after the cursor, whether or not
 * `after` is itself an id in the list (a deleted cursor still lands in the right place).
 *
 * More items follow the page exactly when it ends before the end of the list, so `nextCursor`
 * needs no extra lookup (an API on a database would fetch `limit + 1` rows to learn the same).
 *
 * Complexity: O(log n) to find the start plus O(limit) to copy the page.
 */
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  let lo = 0;
  if (after !== undefined && after !== null) {
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.id <= after) lo = mid + 1;
      else hi = mid;
    }
  }
  const end = Math.min(lo + limit, items.length);
  const page = items.slice(lo, end);
  return { items: page, nextCursor: end < items.length ? items[end - 1]!.id : null };
}
