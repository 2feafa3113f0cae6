import { defineBench } from '#kit';
import type * as Kata from './generate-parentheses.ts';

/**
 * n = pairs. The input is just n; n steps by one because the output grows almost fourfold per
 * step. Generating all 2²ⁿ strings and filtering does about n^1.5 times the work of the
 * reference, so the brute force's ratio to it keeps widening.
 */
export default defineBench<typeof Kata, number>({
  n: 'pairs of parentheses',
  sizes: { kind: 'linear', values: [3, 4, 5, 6, 7, 8, 9, 10] },
  inputName: 'n pairs',
  input: (n) => n,
  run: (impl, n) => impl.generateParentheses(n),
});
