import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './min-heap.ts';

/** The values to push, and how many are pushed before pops start to interleave with pushes. */
interface Input {
  values: number[];
  pushesFirst: number;
}

/**
 * n = number of values; every value pushed is popped again in the same run. The catalogue's input
 * pushes n random numbers into a fresh heap, then pops all n: the brute force pays an O(n) scan on
 * every pop, O(n²) in total against O(n log n). The other family keeps n pushes and n pops and is
 * a queue fed ascending keys (timestamps) that is used while it is filled: n/2 pushes, then n/2
 * rounds of one push and one pop, then the last n/2 pops. Each new value is the largest held.
 */
export default defineBench<typeof Kata, Input>({
  n: 'values pushed, then popped',
  inputName: 'random values, all pushes first',
  input: (n, rng) => ({ values: Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000)), pushesFirst: n }),
  families: [
    {
      name: 'ascending values, pushes and pops interleaved',
      exposes: 'a sorted array kept with splice (each new value is the largest held and shifts them all) and lazy sorts or rebuilds on the first pop after a push',
      input: (n, rng) => {
        const start = rng.int(-1_000_000_000, 0);
        return { values: Array.from({ length: n }, (_, i) => start + i), pushesFirst: n >> 1 };
      },
    },
  ],
  run: (impl, { values, pushesFirst }) => {
    const heap = new impl.MinHeap<number>();
    let checksum = 0;
    let popped = 0;
    for (let i = 0; i < values.length; i++) {
      heap.push(values[i]!);
      if (i >= pushesFirst) checksum = (checksum + heap.pop()! * ++popped) % 1_000_000_007;
    }
    while (popped < values.length) checksum = (checksum + heap.pop()! * ++popped) % 1_000_000_007;
    return checksum;
  },
  answersAgree: sameAnswer,
});
