// Mutant: remembers `String(item)` instead of the item, so values with the same text collide:
// `1` and `"1"`, `NaN` and `"NaN"`, and every plain object (all "[object Object]").
export function dedupe<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of items) {
    const key = String(item);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}
