// Mutant: looks the cursor up by exact id; when that item has been deleted, findIndex returns -1
// and the listing silently restarts from the first item.
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const lo = after === undefined || after === null ? 0 : items.findIndex((item) => item.id === after) + 1;
  const end = Math.min(lo + limit, items.length);
  const page = items.slice(lo, end);
  return { items: page, nextCursor: end < items.length ? items[end - 1]!.id : null };
}
