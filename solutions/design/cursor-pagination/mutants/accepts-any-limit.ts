// Mutant: never validates `limit`: 0 gives an empty page with a cursor back to the same place,
// and 2.5 or NaN give whatever slice() makes of them.
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
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
