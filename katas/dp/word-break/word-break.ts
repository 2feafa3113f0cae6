/**
 * Word Break: can a string be cut into dictionary words?
 * Read README.md for the rules and examples; run `npx kata check word-break` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Decides whether `s` is a concatenation of words from `words`, each word usable any number of times.
 *
 * @param s the string to cut
 * @param words the dictionary, non-empty words; read-only, never modified
 * @returns true iff `s` can be split into a sequence of dictionary words (true for the empty string)
 */
export function wordBreak(s: string, words: readonly string[]): boolean {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('wordBreak');
}
