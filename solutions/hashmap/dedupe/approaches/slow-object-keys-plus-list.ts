/**
 * slow: remembers primitives as keys of a plain object (tagged with their type) and, since objects cannot be such keys, keeps objects, functions and symbols in an array searched with includes.
 * Time: O(n) for primitives, O(n·r) for r distinct references, so O(n²) when the items are distinct objects; n = items.length.
 * exposed by: many distinct objects (e.g. n fresh `{ id: i }`); the bench's numbers never reach the slow path.
 */
export function dedupe<T>(items: readonly T[]): T[] {
  const seenPrimitive: Record<string, true> = Object.create(null);
  const seenReferences: unknown[] = [];
  const result: T[] = [];
  for (const item of items) {
    const kind = typeof item;
    if ((kind === 'object' && item !== null) || kind === 'function' || kind === 'symbol') {
      // Identity is the only equality here, and includes checks it by a linear scan.
      if (seenReferences.includes(item)) continue;
      seenReferences.push(item);
    } else {
      // String(-0) is "0" and String(NaN) is "NaN", so the key already follows SameValueZero;
      // the type tag keeps 1 apart from "1" and null apart from "null".
      const key = `${kind}:${String(item)}`;
      if (seenPrimitive[key]) continue;
      seenPrimitive[key] = true;
    }
    result.push(item);
  }
  return result;
}
