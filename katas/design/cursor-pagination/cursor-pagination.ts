/**
 * Cursor Pagination: one page of an id-sorted list, starting after a cursor.
 * Read README.md for the rules and examples; run `npx kata check cursor-pagination` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the page of `items` that follows the cursor `after`.
 *
 * @param items sorted by `id`, strictly ascending; read-only, never modified
 * @param options.after return items with `id > after`; absent or `null` means from the start;
 *   need not be an existing id
 * @param options.limit the most items on the page; a positive integer, else `RangeError`
 * @returns `items`: up to `limit` elements, in order (the original objects, in a new array);
 *   `nextCursor`: the last returned id when more items follow, else `null`
 */
export function paginate<T extends { id: number }>(
  items: readonly T[],
  options: { after?: number | null; limit: number },
): { items: T[]; nextCursor: number | null } {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('paginate');
}
