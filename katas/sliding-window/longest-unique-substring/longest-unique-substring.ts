/**
 * Longest Unique Substring: the length of the longest substring without a repeated character.
 * Read README.md for the rules and examples; run `npx kata check longest-unique-substring` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the length of the longest substring of `s` in which no UTF-16 code unit repeats.
 *
 * @param s the string to scan
 * @returns the length, in code units, of the longest repeat-free substring; `0` for `""`
 */
export function longestUniqueSubstring(s: string): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('longestUniqueSubstring');
}
