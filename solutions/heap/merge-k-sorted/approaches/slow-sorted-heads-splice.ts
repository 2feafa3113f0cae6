/**
 * slow: keeps the unfinished lists in an array sorted by current head, largest first, so the next value is always at the end; after taking it, the list is re-inserted at its new head's place with a binary search and `splice`.
 * time: O(N log k) comparisons but O(N·k) element moves (each re-insertion shifts part of the k-entry array): O(N²) with the bench's k = N/4.
 * exposed by: many lists at once (k proportional to N), worst when each list's next value is larger than most other heads (striped lists: list i holds i, i + k, …), so it is spliced in near index 0; the memmove is cheap per entry, so it shows only from k ≈ 10^4 (the bench's striped-pairs family, k up to 32 768).
 *
 * A "sorted array as a priority queue": the minimum is O(1) to take, the position of the advanced
 * list is O(log k) to find, and it looks logarithmic. The splice that makes room is a memmove of
 * everything after the slot, cheap per element but linear in k.
 */
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const next = new Array<number>(lists.length).fill(0);
  const head = (list: number): number => lists[list]![next[list]!]!;
  // List indices, sorted by head descending.
  const order: number[] = [];
  for (let i = 0; i < lists.length; i++) if (lists[i]!.length > 0) order.push(i);
  order.sort((a, b) => head(b) - head(a));
  const result: number[] = [];
  while (order.length > 0) {
    const list = order.pop()!;
    result.push(head(list));
    next[list]!++;
    if (next[list]! === lists[list]!.length) continue;
    const value = head(list);
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (head(order[mid]!) > value) lo = mid + 1;
      else hi = mid;
    }
    order.splice(lo, 0, list); // O(k) shift
  }
  return result;
}
