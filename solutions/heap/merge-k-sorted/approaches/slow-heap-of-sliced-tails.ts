/**
 * slow: a min-heap of the lists themselves, keyed by their first value; each step pops the list with the smallest head, outputs the head and pushes back `list.slice(1)`, a fresh copy of the tail.
 * time: O(N log k + Σ Lᵢ²) for lists of lengths Lᵢ: the heap is fine, but every step copies the rest of the list it advanced. The bench's lists of length 4 make that O(N); one list of length N makes it O(N²).
 * exposed by: few long lists, e.g. k = 2 lists of N/2 values each (interleaved values) or a single list of N values.
 *
 * Written by someone who thinks of a list as "head + rest", the functional way: advancing a list
 * means taking its tail. In JavaScript `slice(1)` is not a pointer move, it copies the remaining
 * values. With short lists the copies are a constant factor, which is all the bench ever builds.
 */
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const heap: (readonly number[])[] = [];
  for (const list of lists) if (list.length > 0) push(heap, list);
  const result: number[] = [];
  while (heap.length > 0) {
    const list = pop(heap);
    result.push(list[0]!);
    if (list.length > 1) push(heap, list.slice(1)); // copies L - 1 values to advance by one
  }
  return result;
}

function push(heap: (readonly number[])[], list: readonly number[]): void {
  let i = heap.length;
  heap.push(list);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]![0]! <= list[0]!) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = list;
}

function pop(heap: (readonly number[])[]): readonly number[] {
  const top = heap[0]!;
  const last = heap.pop()!;
  const n = heap.length;
  if (n === 0) return top;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && heap[child + 1]![0]! < heap[child]![0]!) child++;
    if (heap[child]![0]! >= last[0]!) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = last;
  return top;
}
