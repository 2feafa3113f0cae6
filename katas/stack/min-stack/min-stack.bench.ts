import { defineBench } from '#kit';
import type * as Kata from './min-stack.ts';

/**
 * n = number of pushes. One run builds a fresh stack and pushes n random values, calling `min()`
 * after every push: 2n operations, O(n) for the reference. A `min()` that scans the stack pays
 * 1 + 2 + … + n steps, O(n²).
 */
export default defineBench<typeof Kata, number[]>({
  n: 'pushes, each followed by min()',
  input: (n, rng) => Array.from({ length: n }, () => rng.int(-1_000_000, 1_000_000)),
  run: (impl, values) => {
    const stack = new impl.MinStack();
    let checksum = 0;
    for (const v of values) {
      stack.push(v);
      checksum += stack.min()!;
    }
    return checksum;
  },
});
