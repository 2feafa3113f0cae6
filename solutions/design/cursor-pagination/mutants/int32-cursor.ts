// Mutant: reads the cursor with `after | 0`, the usual idiom for a numeric query parameter: a
// cursor of 2^31 or more wraps to a negative number, so with ids [2147483647, 2147483648,
// 2147483649], `{ after: 2147483648, limit: 1 }` returns the page [2147483647] (the list restarts)
// instead of [2147483649].
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  let lo = 0;
  if (after !== undefined && after !== null) {
    const cursor = after | 0; // the usual way to read a numeric query parameter
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.id <= cursor) lo = mid + 1;
      else hi = mid;
    }
  }
  const end = Math.min(lo + limit, items.length);
  const page = items.slice(lo, end);
  return { items: page, nextCursor: end < items.length ? items[end - 1]!.id : null };
}
