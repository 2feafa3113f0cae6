/**
 * slow: copies the input and walks the copy with a Set of values seen, removing each repeat in place with splice.
 * Time: O(n) when nothing repeats, O(n·duplicates) in general: each splice shifts the rest of the copy, so O(n²) when most items repeat; n = items.length.
 * exposed by: many duplicates (e.g. all items equal, or values drawn from a handful); the bench's all-distinct items never splice.
 */
export function dedupe<T>(items: readonly T[]): T[] {
  const kept = items.slice();
  const seen = new Set<T>();
  let i = 0;
  while (i < kept.length) {
    const item = kept[i]!;
    if (seen.has(item)) {
      kept.splice(i, 1); // moves every later element one place left
    } else {
      seen.add(item);
      i++;
    }
  }
  return kept;
}
