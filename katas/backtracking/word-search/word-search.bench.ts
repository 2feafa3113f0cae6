import { defineBench, sameAnswer } from '#kit';
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
  inputName: 'random abcd board, absent word',
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
  families: [
    {
      name: 'one-letter board, word with a missing last letter',
      exposes: 'searches that never check the board holds the word\'s letters: every path of a\'s is walked before the b fails',
      // A board of all a's and the word a…ab (8 + log₂ n a's, fewer than the cells): the b is
      // nowhere, so a letter count rules the word out at once. Sizes capped at the 10⁴-cell limit.
      sizes: { kind: 'doubling', maxN: 8192 },
      input: (n) => {
        const rows = Math.max(1, Math.round(Math.sqrt(n)));
        const cols = Math.max(1, Math.round(n / rows));
        const k = Math.min(rows * cols - 1, 8 + Math.round(Math.log2(n)));
        return { board: Array.from({ length: rows }, () => 'a'.repeat(cols)), word: 'a'.repeat(k) + 'b' };
      },
    },
  ],
  run: (impl, { board, word }) => impl.wordSearch(board, word),
  answersAgree: sameAnswer,
});
