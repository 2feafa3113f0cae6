import { defineKata } from '#kit';

export default defineKata({
  title: 'Edit Distance',
  difficulty: 'medium',
  target: { class: 'n^2', text: 'O(|a|·|b|); n = length of each string' },
  space: { class: 'n', text: 'O(min(|a|, |b|))', advice: 'keep two rows of the table (the shorter string along the row), or one row and the saved diagonal' },
  domain: {
    a: { kind: 'string' },
    b: { kind: 'string' },
  },
  hints: [
    'The target is O(|a| · |b|): constant work for every pair (prefix of a, prefix of b).',
    'Look at the last characters. If they are equal, they can be matched for free. Otherwise the last edit was one of three: delete the last character of a, insert the last character of b, or substitute one for the other.',
    'Let d[i][j] be the distance between the first i characters of a and the first j of b. d[0][j] = j and d[i][0] = i. Otherwise d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (a[i-1] === b[j-1] ? 0 : 1)).',
    'Fill the table row by row; the answer is d[a.length][b.length]. Two rows are enough (the previous and the current); if you keep only one, save the diagonal value d[i-1][j-1] in a variable before you overwrite it.',
  ],
  notes: {
    asked: [
      'Interviewers expect the recurrence from the three operations, the table, and its O(|a| · |b|) cost; then a memory reduction to two rows, or one row with a saved diagonal.',
      'Follow-ups: reconstruct the edit script (walk the full table back from the corner); different costs per operation; only insertions and deletions (then it is |a| + |b| − 2·LCS); "are these within distance 1?" in O(n) without the table.',
      'For long strings with a small bound k, only a band of width 2k + 1 around the diagonal matters: O(n·k).',
    ],
    traps: [
      'Initialising the first row and column with 0 instead of j and i: turning a prefix into the empty string still costs one deletion per character.',
      'Forgetting substitution (that computes the insert/delete distance), or charging 2 for it.',
      'With a one-row table, reading the diagonal after it has been overwritten by the current row.',
      'Comparing positions instead of doing alignment: counting differing positions (the Hamming distance) is wrong as soon as one insertion shifts the rest.',
    ],
    production: [
      'Spell checkers, "did you mean?" suggestions and CLI typo hints (git, npm, this workspace\'s own `kata` command) rank candidates by edit distance.',
      'Fuzzy matching in search engines, record deduplication in data pipelines and DNA read alignment (with weighted costs, as Needleman–Wunsch and Smith–Waterman) run the same table.',
    ],
  },
});
