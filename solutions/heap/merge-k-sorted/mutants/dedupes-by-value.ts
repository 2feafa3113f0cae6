// Mutant: counts values through a Map keyed by list head, so equal heads from different lists
// overwrite each other and duplicates across lists are lost.
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const next = lists.map(() => 0);
  const heads = new Map<number, number>(); // head value -> list index
  for (let i = 0; i < lists.length; i++) if (lists[i]!.length > 0) heads.set(lists[i]![0]!, i);
  const result: number[] = [];
  while (heads.size > 0) {
    const value = Math.min(...heads.keys());
    const list = heads.get(value)!;
    heads.delete(value);
    result.push(value);
    next[list]!++;
    if (next[list]! < lists[list]!.length) heads.set(lists[list]![next[list]!]!, list);
  }
  return result;
}
