// Mutant: remembers the strings it has seen as keys of a plain object (other values in a Set).
// `key in seen` also finds the keys every object inherits, so a string such as "constructor",
// "toString" or "__proto__" counts as already seen: `["constructor"]` gives `[]`.
export function dedupe<T>(items: readonly T[]): T[] {
  const seenStrings: Record<string, true> = {};
  const seenOthers = new Set<unknown>();
  const result: T[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      if (item in seenStrings) continue;
      seenStrings[item] = true;
    } else {
      if (seenOthers.has(item)) continue;
      seenOthers.add(item);
    }
    result.push(item);
  }
  return result;
}
