import { defineKata } from '#kit';

export default defineKata({
  title: 'Range Sum 2D',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(1) per query; bench √n×√n matrix, n queries' },
  domain: { 'matrix[r][c]': { kind: 'integer', min: -100_000, max: 100_000 } },
  hints: [
    'The target is O(1) per query after an O(rows · cols) build; the benchmark builds once over about n cells and runs n queries, so O(n) in all.',
    'In one dimension, a prefix-sum array turns any range sum into one subtraction. Do the same in two dimensions: precompute, for every cell, the sum of the whole rectangle from the top-left corner to it.',
    'Give the table one extra row and column of zeros, so `table[r][c]` is the sum of rows 0..r-1 and columns 0..c-1 and no edge needs special treatment. Build it with table[r+1][c+1] = cell + table[r][c+1] + table[r+1][c] − table[r][c].',
    'A query is inclusion–exclusion: table[row2+1][col2+1] − table[row1][col2+1] − table[row2+1][col1] + table[row1][col1]. The last term adds back the corner that was subtracted twice. Check the bounds first and throw a RangeError.',
  ],
  notes: {
    asked: [
      'A standard step up from 1-D prefix sums: interviewers want the padded table, the inclusion–exclusion formula and why the corner is added back.',
      'Follow-ups: the matrix changes between queries (a 2-D Fenwick tree gives O(log rows · log cols) per update and query); count cells matching a condition (prefix counts); the largest-sum rectangle (Kadane over column pairs).',
    ],
    traps: [
      'Off-by-one errors between the inclusive query corners and the padded table: the far corner needs + 1, the near corner does not.',
      'Subtracting both strips but forgetting to add the overlapping corner back (or adding it twice).',
      'Writing the prefix sums into the caller\'s matrix to save memory: it is read-only.',
      'Not validating corners: negative indices or indices past the end quietly read `undefined` and return NaN instead of throwing.',
    ],
    production: [
      'Summed-area tables (integral images) make box filters and Viola–Jones face detection constant time per window in image processing.',
      'Analytics cubes and time-series dashboards precompute cumulative aggregates over two dimensions (time × region, hour × day) so rectangle queries are answered from four lookups.',
    ],
  },
});
