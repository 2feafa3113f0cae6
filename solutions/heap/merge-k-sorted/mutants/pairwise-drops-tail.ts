// Mutant: merges lists two at a time, but the two-way merge stops when either side runs out and
// forgets to append the rest of the other.
function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! <= b[j]! ? a[i++]! : b[j++]!);
  return out;
}

export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  let acc: number[] = [...lists[0]!];
  for (let i = 1; i < lists.length; i++) acc = mergeTwo(acc, lists[i]!);
  return acc;
}
