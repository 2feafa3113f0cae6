/**
 * Reference: a min-heap of list heads.
 *
 * The heap holds one entry per list that still has unread values: the list's index. `next[i]`
 * is the position of list i's first unread value, so the entry's key is `lists[i][next[i]]`.
 * Invariant: every value smaller than the heap's root key has already been output, because each
 * list is ascending and its head is in the heap. So the root is always the next output value.
 *
 * Complexity: O(N log k) time for N values in k lists (each value costs one O(log k) sift),
 * O(k) extra memory besides the output. The input lists are only read.
 */
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const next = new Array<number>(lists.length).fill(0);
  const key = (list: number): number => lists[list]![next[list]!]!;
  const heap: number[] = [];
  for (let i = 0; i < lists.length; i++) if (lists[i]!.length > 0) heap.push(i);
  // Bottom-up heapify, O(k).
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i, key);

  const result: number[] = [];
  while (heap.length > 0) {
    const list = heap[0]!;
    result.push(key(list));
    next[list]!++;
    if (next[list]! >= lists[list]!.length) {
      // This list is done: move the last entry to the root.
      const last = heap.pop()!;
      if (heap.length === 0) break;
      heap[0] = last;
    }
    siftDown(heap, 0, key);
  }
  return result;
}

/** Moves the entry at `i` down until neither child has a smaller key. */
function siftDown(heap: number[], i: number, key: (list: number) => number): void {
  const entry = heap[i]!;
  const entryKey = key(entry);
  for (;;) {
    let child = 2 * i + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && key(heap[child + 1]!) < key(heap[child]!)) child++;
    if (key(heap[child]!) >= entryKey) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = entry;
}
