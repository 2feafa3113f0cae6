import { defineKata } from '#kit';

export default defineKata({
  title: 'Word Search',
  difficulty: 'medium',
  target: { class: 'n', text: 'pruned search; O(cells) on random boards' },
  domain: {
    board: { kind: 'string' },
    word: { kind: 'string' },
  },
  equivalentMutants: {
    'object-map-2': 'The board\'s letter counts are keyed by UTF-16 code unit values (0 to 65535), integer keys that no property of Object.prototype has, and are only read back with those same numbers.',
  },
  hints: [
    'The target complexity is a pruned search: exponential in the worst case, but on a board of random letters it should cost O(cells), because almost every path dies after a letter or two.',
    'Start a search from every cell that holds the first letter. From a cell matching word[i], only neighbours holding word[i + 1] are worth stepping to; a cell already on the current path is off limits.',
    'Depth-first search with backtracking: mark the cell as visited, try the four neighbours for the next index, then unmark it on the way back so other paths can use it. Return true as soon as the last index is matched.',
    'Keep `visited` in your own structure (a boolean array of rows × columns, or a Set of `r * columns + c`), never by writing into the board. Extra pruning: if the board does not hold enough copies of some letter of the word, answer false before searching.',
  ],
  notes: {
    asked: [
      'The classic follow-up is pruning for big boards: count the letters first (a word needing three `z` cannot fit on a board with two), and search from whichever end of the word has the rarer letter.',
      'Word Search II asks for every dictionary word on the board at once: build a trie of the words and walk it alongside the grid search, removing found words from the trie.',
      'Expect to state the worst case, O(cells·3^L) for a word of length L, and to explain why it stays fast on realistic boards.',
    ],
    traps: [
      'Forgetting to unmark a cell on the way back, so a later path cannot use it and true answers are missed.',
      'Not marking cells at all, so one cell is used twice (`["ab"]` spells `"aba"`).',
      'Marking visited cells by overwriting the board, which mutates a read-only input (and with strings as rows, needs a whole row rebuilt per step).',
      'Returning false for the empty word, or reading `board[0]` on an empty board.',
      'Recursing once per letter on very long words: a path of 10 000 cells is 10 000 stack frames deep.',
    ],
    production: [
      'Boggle-style games and puzzle validators run exactly this search; their servers prune it with letter counts and a trie of the dictionary.',
      'Pathfinding with constraints (a robot that must visit cells in a given sequence of states, a route that must pass given checkpoints in order) is the same search over a grid graph with a visited set.',
    ],
  },
  noBruteForce: 'The plain depth-first search that stops at the first mismatching letter is already the natural first answer; the slower alternative, extending paths without looking at the letters until the end, is not something anyone proposes.',
});
