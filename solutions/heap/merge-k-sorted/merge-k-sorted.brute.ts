/**
 * Brute force: for every output value, scan the heads of all k lists for the smallest. Correct,
 * and the natural generalisation of the two-list merge, but O(N·k): with lists of length 4,
 * k = N/4 and the total is quadratic.
 */
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const next = new Array<number>(lists.length).fill(0);
  const result: number[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (next[i]! < lists[i]!.length && (best === -1 || lists[i]![next[i]!]! < lists[best]![next[best]!]!)) best = i;
    }
    if (best === -1) return result;
    result.push(lists[best]![next[best]!]!);
    next[best]!++;
  }
}
