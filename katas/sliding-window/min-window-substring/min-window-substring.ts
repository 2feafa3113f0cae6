/**
 * Min Window Substring: the shortest substring of s that contains all of t's characters.
 * Read README.md for the rules and examples; run `npx kata check min-window-substring` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the shortest substring of `s` containing every UTF-16 code unit of `t` at least as
 * often as `t` does; the leftmost one among equally short windows.
 *
 * @param s the string to search
 * @param t the characters (with multiplicity) the window must contain
 * @returns the leftmost shortest covering window, or `""` if there is none or `t` is empty
 */
export function minWindowSubstring(s: string, t: string): string {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('minWindowSubstring');
}
