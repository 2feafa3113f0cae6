/**
 * slow: filters the whole list down to the items after the cursor, then slices the page off the front of the filtered copy.
 * Time: O(n) per page (the filter reads and copies every item after the cursor and tests every
 * item before it), whatever the limit; the bench's 100 pages cost O(n) per call where the target
 * is O(log n).
 * exposed by: a long list (any cursor: even a page at the end reads the whole list).
 */
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  // The cost: every item is visited to build `rest`, even though only `limit` of them are used.
  const rest = after === undefined || after === null ? items : items.filter((item) => item.id > after);
  const page = rest.slice(0, limit);
  return { items: page, nextCursor: rest.length > limit ? page[page.length - 1]!.id : null };
}
