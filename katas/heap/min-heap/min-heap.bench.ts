import { defineBench } from '#kit';
import type * as Kata from './min-heap.ts';

/**
 * n = number of values. One run pushes n random numbers into a fresh heap, then pops all n.
 * The brute force pays an O(n) scan on every pop: O(n²) in total against O(n log n).
 */
export default defineBench<typeof Kata, number[]>({
  n: 'values pushed, then popped',
  input: (n, rng) => Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000)),
  run: (impl, values) => {
    const heap = new impl.MinHeap<number>();
    for (const v of values) heap.push(v);
    let checksum = 0;
    for (let i = 0; i < values.length; i++) checksum = (checksum + heap.pop()! * (i + 1)) % 1_000_000_007;
    return checksum;
  },
});
