// Mutant: seeds the heap with the head of every list, including empty ones, so `undefined`
// values get into the heap and the output.
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const heads: { value: number; list: number; at: number }[] = lists.map((l, list) => ({ value: l[0]!, list, at: 0 }));
  const result: number[] = [];
  while (heads.length > 0) {
    heads.sort((a, b) => a.value - b.value);
    const top = heads.shift()!;
    result.push(top.value);
    const list = lists[top.list]!;
    if (top.at + 1 < list.length) heads.push({ value: list[top.at + 1]!, list: top.list, at: top.at + 1 });
  }
  return result;
}
