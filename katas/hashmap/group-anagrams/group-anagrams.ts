/**
 * Group Anagrams: put words that are rearrangements of each other into the same group.
 * Read README.md for the rules and examples; run `npx kata check group-anagrams` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Groups the words that are anagrams of each other.
 *
 * @param words words to group; read-only, never modified
 * @returns the groups, ordered by where each group's first word appears; words inside a group in
 *   input order, duplicates kept
 */
export function groupAnagrams(words: readonly string[]): string[][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('groupAnagrams');
}
