import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './dedupe.ts';

/**
 * n = items.length. The items are n distinct numbers in random order, so nothing is ever
 * dropped: the result grows to n items and searching it for every item costs n²/2 comparisons.
 */
export default defineBench<typeof Kata, unknown[]>({
  n: 'length of items',
  inputName: 'distinct numbers',
  input: (n, rng) => rng.shuffle(Array.from({ length: n }, (_, i) => i * 3 - n)),
  families: [
    {
      name: 'distinct objects',
      exposes: 'objects kept apart from primitives in a list searched with includes/indexOf',
      input: (n) => Array.from({ length: n }, (_, i) => ({ id: i })),
    },
    {
      name: 'ten distinct values',
      exposes: 'duplicates removed in place with splice (each removal shifts the rest)',
      input: (n, rng) => Array.from({ length: n }, () => rng.int(0, 9)),
    },
  ],
  run: (impl, items) => impl.dedupe(items),
  // One right answer: the first occurrences themselves, in order, -0 keeping its sign. The answer
  // reaches the check as a structured clone, so objects are compared by structure, not identity.
  answersAgree: sameAnswer,
});
