// Mutant: keeps the right k values in a min-heap but returns them in the heap's pop order,
// ascending, forgetting to reverse.
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('bad k');
  const heap: number[] = [];
  for (const v of nums) {
    if (heap.length < k) {
      heap.push(v);
      heap.sort((a, b) => a - b);
    } else if (k > 0 && v > heap[0]!) {
      heap[0] = v;
      heap.sort((a, b) => a - b);
    }
  }
  return heap;
}
