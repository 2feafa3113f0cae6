/**
 * Word Search: can a word be spelled by a path of adjacent cells on a letter grid?
 * Read README.md for the rules and examples; run `npx kata check word-search` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Decides whether `word` is spelled by a path of 4-directionally adjacent cells of `board`,
 * using no cell twice.
 *
 * @param board the grid, one string per row, all rows the same length; read-only, never modified
 * @param word the word to spell; the empty word is always spelled
 * @returns true when such a path exists
 */
export function wordSearch(board: readonly string[], word: string): boolean {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('wordSearch');
}
