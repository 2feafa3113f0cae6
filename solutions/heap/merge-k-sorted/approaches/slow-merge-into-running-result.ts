/**
 * slow: merges the lists one at a time into a growing result, each step a plain two-list merge of the result so far with the next list.
 * time: O(N·k): the i-th merge copies everything merged before it, so with lists of equal length L it costs L·(1 + 2 + … + k) = O(N·k); with the bench's k = N/4 lists of length 4 that is O(N²).
 * exposed by: many short lists (k proportional to N), which the bench already uses.
 *
 * The natural generalisation of "merge two sorted lists": fold it over the k lists. Each step is
 * linear and correct, but the accumulated result is re-read and re-copied k times. Merging in a
 * balanced tree of pairs (or with a heap) reads every value only log k times instead.
 */
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  let result: number[] = [];
  for (const list of lists) {
    if (list.length === 0) continue;
    const merged = new Array<number>(result.length + list.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < result.length && j < list.length) merged[o++] = result[i]! <= list[j]! ? result[i++]! : list[j++]!;
    while (i < result.length) merged[o++] = result[i++]!;
    while (j < list.length) merged[o++] = list[j++]!;
    result = merged;
  }
  return result;
}
