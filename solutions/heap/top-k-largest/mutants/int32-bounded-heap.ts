// Mutant: the bounded min-heap of the k best values is a preallocated Int32Array, so fractions are
// truncated and values of 2^31 or more wrap: topKLargest([2147483648, 1], 1) gives [1], and
// topKLargest([0.5], 1) gives [0].
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  const heap = new Int32Array(Math.min(k, nums.length));
  let size = 0;
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j]!, heap[i]!];
  };
  const siftDown = (i: number): void => {
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) return;
      if (child + 1 < size && heap[child + 1]! < heap[child]!) child++;
      if (heap[child]! >= heap[i]!) return;
      swap(i, child);
      i = child;
    }
  };
  for (const v of nums) {
    if (size < heap.length) {
      heap[size] = v;
      for (let at = size++; at > 0 && heap[(at - 1) >> 1]! > heap[at]!; at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
    } else if (size > 0 && v > heap[0]!) {
      heap[0] = v;
      siftDown(0);
    }
  }
  const result: number[] = [];
  while (size > 0) {
    result.push(heap[0]!);
    heap[0] = heap[--size]!;
    siftDown(0);
  }
  return result.reverse();
}
