/**
 * optimal: records in a Map the first index at which each value occurs, then reads the items back at those indices in the Map's insertion order.
 * Time: O(n) expected (one Map lookup and at most one insert per item, then one read per distinct value); n = items.length.
 *
 * A Map compares keys with SameValueZero, the contract's equality. It normalises a -0 key to +0,
 * which is why the indices, not the keys, are kept: items[index] gives back the caller's own item,
 * sign of zero and object identity included. Insertion order is first-appearance order.
 */
export function dedupe<T>(items: readonly T[]): T[] {
  const firstIndex = new Map<T, number>();
  for (let i = 0; i < items.length; i++) {
    if (!firstIndex.has(items[i]!)) firstIndex.set(items[i]!, i);
  }
  const result = new Array<T>(firstIndex.size);
  let at = 0;
  for (const index of firstIndex.values()) result[at++] = items[index]!;
  return result;
}
