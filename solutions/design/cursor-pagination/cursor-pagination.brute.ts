/**
 * Brute force: walk from the first item until the first id greater than the cursor, then take
 * up to `limit` items. Correct (a deleted cursor still works, since it compares with `>` rather
 * than looking for the cursor's own item) but O(n) per page: deep pages cost as much as reading
 * the whole list, which is exactly how OFFSET pagination behaves in a database.
 */
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  const { after, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  let start = 0;
  if (after !== undefined && after !== null) {
    while (start < items.length && items[start]!.id <= after) start++;
  }
  const page: T[] = [];
  let i = start;
  while (i < items.length && page.length < limit) page.push(items[i++]!);
  return { items: page, nextCursor: i < items.length ? page[page.length - 1]!.id : null };
}
