import { defineBench } from '#kit';
import type * as Kata from './dedupe.ts';

/**
 * n = items.length. The items are n distinct numbers in random order, so nothing is ever
 * dropped: the result grows to n items and searching it for every item costs n²/2 comparisons.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of items',
  input: (n, rng) => rng.shuffle(Array.from({ length: n }, (_, i) => i * 3 - n)),
  run: (impl, items) => impl.dedupe(items),
});
