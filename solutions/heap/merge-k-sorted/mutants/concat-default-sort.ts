// Mutant: concatenates the lists and calls `sort()` without a comparator, which orders numbers as
// strings: [[9, 100], [10]] gives [10, 100, 9], and [[-1], [-2]] gives [-1, -2].
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  return lists.flat().sort();
}
