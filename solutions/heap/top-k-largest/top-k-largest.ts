/**
 * Reference: a min-heap holding the best k values seen so far.
 *
 * Invariant: after reading nums[0..i], `heap` holds the min(k, i + 1) largest of them, and its
 * root is the smallest of those, the one a newcomer has to beat. A value no larger than the root
 * cannot be in the final top k (k values at least as large are already held), so it is skipped.
 *
 * Complexity: O(n log k) time (at most one O(log k) sift per value, plus O(k log k) to empty the
 * heap at the end), O(k) extra memory. The input is only read.
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const size = Math.min(k, nums.length);
  const heap: number[] = [];
  if (size === 0) return heap;

  for (const value of nums) {
    if (heap.length < size) {
      siftUp(heap, value);
    } else if (value > heap[0]!) {
      siftDown(heap, value, heap.length);
    }
  }

  // Empty the heap from the back: each pop moves the current minimum to the freed slot, so the
  // array ends up sorted descending in place.
  for (let end = heap.length - 1; end > 0; end--) {
    const smallest = heap[0]!;
    siftDown(heap, heap[end]!, end);
    heap[end] = smallest;
  }
  return heap;
}

/** Appends `value` to the min-heap and moves it up to its place. */
function siftUp(heap: number[], value: number): void {
  let i = heap.length;
  heap.push(value);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = value;
}

/** Puts `value` at the root of the min-heap `heap[0..length)` and moves it down to its place. */
function siftDown(heap: number[], value: number, length: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= length) break;
    if (child + 1 < length && heap[child + 1]! < heap[child]!) child++;
    if (heap[child]! >= value) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = value;
}
