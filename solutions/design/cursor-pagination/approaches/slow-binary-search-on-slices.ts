/**
 * slow: a recursive binary search that hands each half to the next call as a fresh `slice` of the array, carrying the offset of that slice.
 * Time: O(log n) comparisons but O(n/2 + n/4 + ...) = O(n) copying per page; the bench's 100 pages
 * cost O(n) per call where the target is O(log n).
 * exposed by: a long list (any cursor; the first halving already copies n/2 items).
 */
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const start = after === undefined || after === null ? 0 : firstAfter(items, after, 0);
  const end = Math.min(start + limit, items.length);
  return { items: items.slice(start, end), nextCursor: end < items.length ? items[end - 1]!.id : null };
}

/** Index (in the original list) of the first id greater than `after` in `part`, which starts at `offset`. */
function firstAfter(part: readonly { id: number }[], after: number, offset: number): number {
  if (part.length === 0) return offset;
  const mid = part.length >> 1;
  // The cost: each level copies the half it recurses into.
  if (part[mid]!.id <= after) return firstAfter(part.slice(mid + 1), after, offset + mid + 1);
  return firstAfter(part.slice(0, mid), after, offset);
}
