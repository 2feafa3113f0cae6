import { describe, expect } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';
import { wordSearch } from './word-search.ts';

const STEPS = [[-1, 0], [1, 0], [0, -1], [0, 1]] as const;

/** Independent oracle: try every path of distinct adjacent cells, letter by letter. */
function spells(board: readonly string[], word: string): boolean {
  if (word === '') return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  const onPath = new Set<string>();
  const from = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return false;
    if (onPath.has(`${r},${c}`) || board[r]![c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    onPath.add(`${r},${c}`);
    const found = STEPS.some(([dr, dc]) => from(r + dr, c + dc, i + 1));
    onPath.delete(`${r},${c}`);
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}

/** A grid of 1..4 rows and 1..4 columns over the given letters (UTF-16 code units). */
function boardOf(letters: readonly string[]) {
  return fc.record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }) }).chain(({ rows, cols }) =>
    fc.array(
      fc.array(fc.constantFrom(...letters), { minLength: cols, maxLength: cols }).map((cells) => cells.join('')),
      { minLength: rows, maxLength: rows },
    ),
  );
}

const wordOf = (letters: readonly string[]) => fc.array(fc.constantFrom(...letters), { maxLength: 8 }).map((units) => units.join(''));

/** A string reversed code unit by code unit (`[...s]` would keep surrogate pairs in order). */
const reversed = (s: string): string => s.split('').reverse().join('');

/**
 * Two letters taken from strings of the domain: ordinary letters, `_` and `p` from `__proto__`,
 * lone surrogates, the two halves of a character such as `😀` (so words over them hold surrogate
 * pairs, reversed pairs and lone halves). Two letters make long matching paths common, so the
 * search really has to backtrack.
 */
const lettersArb = fc.array(stringsOf(meta.domain.board, { maxLength: 3 }), { minLength: 1, maxLength: 2 }).map((strings) => {
  const units = [...new Set(strings.join('').split(''))].slice(0, 2);
  return units.length > 0 ? units : ['a', 'b'];
});
const boardArb = lettersArb.chain(boardOf);
const boardAndWordArb = lettersArb.chain((letters) => fc.tuple(boardOf(letters), wordOf(letters)));

/** Letters along a self-avoiding walk that starts at a chosen cell and turns as `choices` say. */
function walkLetters(board: readonly string[], start: number, choices: readonly number[]): string {
  const rows = board.length;
  const cols = board[0]!.length;
  let r = Math.floor((start % (rows * cols)) / cols);
  let c = start % cols;
  const seen = new Set([`${r},${c}`]);
  let word = board[r]![c]!;
  for (const choice of choices) {
    const options = STEPS.map(([dr, dc]) => [r + dr, c + dc] as const).filter(
      ([nr, nc]) => nr >= 0 && nc >= 0 && nr < rows && nc < cols && !seen.has(`${nr},${nc}`),
    );
    if (options.length === 0) break;
    [r, c] = options[choice % options.length]!;
    seen.add(`${r},${c}`);
    word += board[r]![c]!;
  }
  return word;
}

const classic = ['ABCE', 'SFCS', 'ADEE'];

describe('wordSearch examples', () => {
  it('follows a path that turns corners', () => {
    expect(wordSearch(classic, 'ABCCED')).toBe(true);
  });
  it('finds a word that does not start in the first row', () => {
    expect(wordSearch(classic, 'SEE')).toBe(true);
  });
  it('does not reuse a cell', () => {
    expect(wordSearch(classic, 'ABCB')).toBe(false);
    expect(wordSearch(['ab'], 'aba')).toBe(false);
  });
  it('spells the empty word on any board, even an empty one', () => {
    expect(wordSearch(classic, ''), 'on a board').toBe(true);
    expect(wordSearch([], ''), 'on an empty board').toBe(true);
  });
  it('spells nothing else on an empty board', () => {
    expect(wordSearch([], 'a')).toBe(false);
  });
  it('handles a single cell', () => {
    expect(wordSearch(['a'], 'a'), 'the letter itself').toBe(true);
    expect(wordSearch(['a'], 'aa'), 'the letter twice').toBe(false);
    expect(wordSearch(['a'], 'b'), 'another letter').toBe(false);
  });
  it('walks around a square', () => {
    expect(wordSearch(['ab', 'cd'], 'abdc')).toBe(true);
    expect(wordSearch(['ab', 'cd'], 'acdb')).toBe(true);
  });
  it('does not step diagonally', () => {
    expect(wordSearch(['ab', 'cd'], 'ad')).toBe(false);
    expect(wordSearch(['ab', 'cd'], 'bc')).toBe(false);
  });
  it('rejects a word longer than the board has cells', () => {
    expect(wordSearch(['ab', 'ba'], 'ababa')).toBe(false);
  });
  it('compares letters case-sensitively', () => {
    expect(wordSearch(classic, 'abcced')).toBe(false);
  });
  it('treats each UTF-16 code unit as one cell, surrogate halves included', () => {
    // '😀' is '\uD83D\uDE00': two cells, in this order along the path.
    expect(wordSearch(['a😀', 'a##'], 'a😀'), 'a, then both halves to the right').toBe(true);
    expect(wordSearch(['\uDE00\uD83D'], '😀'), 'the two halves read right to left').toBe(true);
    expect(wordSearch(['\uD83D', '\uDE00'], '😀'), 'the two halves read downwards').toBe(true);
    expect(wordSearch(['😀'], '\uDE00\uD83D'), 'lone halves, the pair read backwards').toBe(true);
    expect(wordSearch(['😀'], '😀😀'), 'one pair on the board, two in the word').toBe(false);
  });
  it('finds words named like object properties', () => {
    expect(wordSearch(['__pr', 'xoto', '__xx'], '__proto__')).toBe(true);
    expect(wordSearch(['constructor'], 'constructor')).toBe(true);
    expect(wordSearch(['constructo'], 'constructor')).toBe(false);
  });
  it('backtracks out of a dead end that starts with the right letters', () => {
    // Many paths of four `a`s exist; only those that end next to the `c` in the corner work.
    expect(wordSearch(['aab', 'aaa', 'caa'], 'aaaac')).toBe(true);
  });
  it('lets a cell visited by an abandoned path be used by a later one', () => {
    // Searches that start at (0, 1) pass through (0, 2) and (1, 1) and fail; the answer then
    // needs (1, 1) again: A(1, 1) A(1, 0) B(2, 0).
    expect(wordSearch(['CAA', 'AAA', 'BCD'], 'AAB')).toBe(true);
  });
  it('snakes through a whole board', () => {
    expect(wordSearch(['abc', 'fed', 'ghi'], 'abcdefghi')).toBe(true);
  });
  it('follows a corridor 5 000 cells long', () => {
    // Full rows of `a` joined by single `a` cells at alternating ends, walls elsewhere: one
    // corridor of 5 049 cells starting at the top-left corner.
    const board = Array.from({ length: 99 }, (_, r) => {
      if (r % 2 === 0) return 'a'.repeat(100);
      return (r - 1) % 4 === 0 ? '#'.repeat(99) + 'a' : 'a' + '#'.repeat(99);
    });
    expect(wordSearch(board, 'a'.repeat(5000)), '5 000 letters along the corridor').toBe(true);
  });
});

describe('wordSearch properties', () => {
  it.prop([boardAndWordArb])('agrees with trying every path of distinct adjacent cells', ([board, word]) => {
    expect(wordSearch(board, word), `${JSON.stringify(board)} spells ${JSON.stringify(word)}`).toBe(spells(board, word));
  });

  it.prop([boardArb, fc.nat(), fc.array(fc.nat(3), { maxLength: 10 })])('finds a word read along a planted path', (board, start, choices) => {
    const word = walkLetters(board, start, choices);
    expect(wordSearch(board, word), `${JSON.stringify(board)} spells ${JSON.stringify(word)}`).toBe(true);
  });

  it.prop([boardAndWordArb])('gives the same answer for the word read backwards, code unit by code unit', ([board, word]) => {
    const backwards = reversed(word);
    expect(wordSearch(board, backwards), `${JSON.stringify(word)} backwards`).toBe(wordSearch(board, word));
  });

  it.prop([boardAndWordArb, stringsOf(meta.domain.word, { maxLength: 2 }), fc.nat()])(
    'rejects a word holding a letter the board lacks',
    ([board, word], extra, at) => {
      const onBoard = new Set(board.join('').split(''));
      const missing = extra.split('').find((unit) => !onBoard.has(unit));
      fc.pre(missing !== undefined);
      const position = at % (word.length + 1);
      const withMissing = word.slice(0, position) + missing + word.slice(position);
      expect(wordSearch(board, withMissing), JSON.stringify(withMissing)).toBe(false);
    },
  );

  it.prop([stringsOf(meta.domain.word), fc.boolean(), fc.boolean()])(
    'finds any word written along one row or down one column, read either way',
    (word, asColumn, backwards) => {
      const units = (backwards ? reversed(word) : word).split('');
      const board = asColumn ? units : [units.join('')];
      expect(wordSearch(board, word), `${JSON.stringify(word)} in ${JSON.stringify(board)}`).toBe(true);
    },
  );

  it.prop([boardAndWordArb])('does not modify the board', ([board, word]) => {
    const before = [...board];
    wordSearch(Object.freeze(board) as readonly string[], word);
    expect(board).toEqual(before);
  });
});
