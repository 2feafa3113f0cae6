import { defineBench } from '#kit';
import type * as Kata from './word-search.ts';

/**
 * n = cells: a roughly square board of random letters from `abcd` and a random word over `abcd`
 * of length about 2·log₂ n. Such a word is almost never on the board, so every start is tried;
 * with a letter check at each step a path dies after about a letter and a half on average, so
 * the search is O(cells). Extending paths without comparing letters costs about 2.6^length per
 * start instead, far over budget within a few sizes.
 */
export default defineBench<typeof Kata, { board: string[]; word: string }>({
  n: 'cells',
  input: (n, rng) => {
    const letters = ['a', 'b', 'c', 'd'];
    const rows = Math.max(1, Math.round(Math.sqrt(n)));
    const cols = Math.max(1, Math.round(n / rows));
    const board = Array.from({ length: rows }, () => {
      let row = '';
      for (let c = 0; c < cols; c++) row += rng.pick(letters);
      return row;
    });
    let word = '';
    for (let i = 0, length = 2 * Math.round(Math.log2(n)); i < length; i++) word += rng.pick(letters);
    return { board, word };
  },
  run: (impl, { board, word }) => impl.wordSearch(board, word),
});
