/**
 * slow: interpolation search for the first id after the cursor: guess the position from where the cursor lies between the ids at the two ends of the range, then narrow the range to one side of the guess.
 * Time: O(log log n) probes when ids are spread evenly (the bench's ids are 0, 2, 4, ...), but
 * O(n) probes per page when they are skewed, since a bad guess may shrink the range by one item.
 * exposed by: skewed ids, e.g. ids 0..n-2 plus one huge last id (10^15), or ids growing geometrically, with cursors deep in the list.
 */
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const start = after === undefined || after === null ? 0 : firstAfter(items, after);
  const end = Math.min(start + limit, items.length);
  return { items: items.slice(start, end), nextCursor: end < items.length ? items[end - 1]!.id : null };
}

/** First index whose id is greater than `after`; ids below `lo` are <= after, ids from `hi` on are > after. */
function firstAfter(items: readonly { id: number }[], after: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const low = items[lo]!.id;
    const high = items[hi - 1]!.id;
    if (low > after) return lo;
    if (high <= after) return hi;
    // Here low <= after < high, so the guess falls in [lo, hi - 1).
    const guess = lo + Math.floor(((after - low) / (high - low)) * (hi - 1 - lo));
    const probe = Math.min(Math.max(guess, lo), hi - 2);
    if (items[probe]!.id <= after) lo = probe + 1;
    else hi = probe;
  }
  return lo;
}
