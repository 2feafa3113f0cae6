import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './template-kata.ts';

/** n = values.length; all values distinct, so a quadratic solution compares every pair. */
export default defineBench<typeof Kata, number[]>({
  n: 'length of values',
  input: (n, rng) => rng.shuffle(Array.from({ length: n }, (_, i) => i)),
  run: (impl, values) => impl.templateKata(values),
  // The contract has one right answer (a count). Where it allows several, check the answer against
  // the input instead: someone's timed answers are sampled against the reference's with this.
  answersAgree: sameAnswer,
});
