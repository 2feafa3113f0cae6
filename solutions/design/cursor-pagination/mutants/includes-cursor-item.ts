// Mutant: off by one at the cursor: searches for the first id >= after, so the last item of one
// page is repeated at the top of the next.
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
      if (items[mid]!.id < after) lo = mid + 1;
      else hi = mid;
    }
  }
  const end = Math.min(lo + limit, items.length);
  const page = items.slice(lo, end);
  return { items: page, nextCursor: end < items.length ? items[end - 1]!.id : null };
}
