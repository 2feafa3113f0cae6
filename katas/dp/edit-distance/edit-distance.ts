/**
 * Edit Distance: the fewest single-character edits that turn one string into another.
 * Read README.md for the rules and examples; run `npx kata check edit-distance` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Computes the Levenshtein distance between `a` and `b`: the fewest insertions, deletions and
 * substitutions of one character (UTF-16 code unit) each, that turn `a` into `b`.
 *
 * @param a the source string
 * @param b the target string
 * @returns the edit distance, a non-negative integer
 */
export function editDistance(a: string, b: string): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('editDistance');
}
