// Mutant: splices the duplicates out of the caller's array and returns it. The values are right,
// but `items` is read-only and the caller's data loses elements.
export function dedupe<T>(items: readonly T[]): T[] {
  const list = items as T[];
  const seen = new Set<T>();
  for (let i = 0; i < list.length; ) {
    if (seen.has(list[i]!)) list.splice(i, 1);
    else seen.add(list[i++]!);
  }
  return list;
}
