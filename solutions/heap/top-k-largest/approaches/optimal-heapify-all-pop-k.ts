/**
 * optimal: copies all n values into a max-heap built bottom-up in O(n), then pops the k largest one at a time.
 * time: O(n + k log n); with the bench's k = n/4 that is O(n log n). Extra memory O(n).
 *
 * The reference streams the values through a bounded min-heap of size k. This goes the other way:
 * heapify everything (Floyd's bottom-up construction is linear, because most nodes sit near the
 * leaves and sift down only a step or two), then take the maximum k times. It spends O(n) memory
 * instead of O(k), and for k much smaller than n it is the faster of the two.
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const heap = nums.slice();
  let n = heap.length;
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(heap, i, n);
  const take = Math.min(k, n);
  const out: number[] = [];
  for (let t = 0; t < take; t++) {
    out.push(heap[0]!);
    n--;
    heap[0] = heap[n]!;
    siftDown(heap, 0, n);
  }
  return out;
}

/** Max-heap sift-down of the value at `i` within heap[0..n). */
function siftDown(heap: number[], i: number, n: number): void {
  const value = heap[i]!;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && heap[child + 1]! > heap[child]!) child++;
    if (heap[child]! <= value) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = value;
}
