import { defineKata } from '#kit';

export default defineKata({
  title: 'Count Paths',
  difficulty: 'medium',
  target: { class: 'n^2', text: 'O(cells); n = side of a square grid' },
  space: { class: 'n', text: 'O(columns)', advice: 'keep one row of counts, updated left to right' },
  domain: {
    rows: { kind: 'integer', min: 0, max: 1000 },
    columns: { kind: 'integer', min: 0, max: 1000 },
  },
  hints: [
    'The target is O(cells): visit every cell once and do constant work there.',
    'Every path into a cell arrives either from the cell above or from the cell to its left. So the number of paths to a cell is the sum of the numbers for those two neighbours, and a wall has none.',
    'Fill a table row by row, left to right, starting from 1 at the start cell (0 if it is a wall). Cells outside the grid count as 0. Reduce modulo 1 000 000 007 after every addition, not at the end.',
    'You only ever need the previous row: keep one array `ways` of length columns; for each cell do `ways[c] = wall ? 0 : (ways[c] + ways[c - 1]) % MOD`, where `ways[c]` still holds the value from the row above and `ways[c - 1]` already holds this row\'s.',
  ],
  notes: {
    asked: [
      'Interviewers usually start with the open grid (answer C(rows + columns - 2, rows - 1)) and then add obstacles, which rules out the formula and calls for the DP.',
      'Expect to explain why the naive recursion is exponential (it recomputes the same cell from many paths) and how memoisation or a bottom-up table turns it into O(cells).',
      'Follow-ups: reduce memory to one row; also allow diagonal moves; return one path, or the cheapest path when cells have costs (min instead of sum).',
    ],
    traps: [
      'Initialising the whole first row and first column to 1: a wall in the first row blocks every cell after it, which must stay 0.',
      'Forgetting the modulo, or applying it only at the end: counts pass 2^53 on a 30 × 30 grid and JavaScript numbers silently lose precision long before the final `%`.',
      'Forgetting that the start itself may be a wall, or crashing on an empty grid.',
      'Writing the recursion top-down without a memo: correct on small grids, hopeless from about 15 × 15.',
    ],
    production: [
      'The same "sum over predecessors in topological order" counts the execution paths through a workflow DAG or build graph, for test-coverage and risk estimates.',
      'Route and lattice counting with a modulus appears wherever counts are hashed or sharded: the modulo keeps numbers in fixed-width integers, exactly as here.',
    ],
  },
});
