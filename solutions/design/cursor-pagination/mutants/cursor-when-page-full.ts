// Mutant: returns a cursor whenever the page is full, even when exactly `limit` items were left,
// so the client makes one more request and gets an empty page.
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
  return { items: page, nextCursor: page.length === limit ? items[end - 1]!.id : null };
}
