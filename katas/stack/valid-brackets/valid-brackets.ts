/**
 * Valid Brackets: decide whether every bracket in a string is closed in the right order.
 * Read README.md for the rules and examples; run `npx kata check valid-brackets` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Checks whether the brackets of `s` are balanced.
 *
 * @param s a string made only of the characters `()[]{}`
 * @returns `true` when every opening bracket is closed by the same kind, in reverse order of
 *   opening, and no closing bracket is left over; `false` otherwise
 */
export function isBalanced(s: string): boolean {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('isBalanced');
}
