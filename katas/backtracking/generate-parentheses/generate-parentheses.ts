/**
 * Generate Parentheses: every balanced string of n pairs of parentheses.
 * Read README.md for the rules and examples; run `npx kata check generate-parentheses` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Lists every balanced string of `n` pairs of parentheses.
 *
 * @param n the number of pairs, a non-negative integer
 * @returns each balanced string of length `2n` once, in any order; `[""]` for `n = 0`
 */
export function generateParentheses(n: number): string[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('generateParentheses');
}
