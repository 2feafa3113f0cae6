import { defineBench } from '#kit';
import type * as Kata from './template-kata.ts';

/** n = values.length; all values distinct, so a quadratic solution compares every pair. */
export default defineBench<typeof Kata, number[]>({
  n: 'length of values',
  input: (n, rng) => rng.shuffle(Array.from({ length: n }, (_, i) => i)),
  run: (impl, values) => impl.templateKata(values),
});
