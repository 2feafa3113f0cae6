import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './range-sum-2d.ts';

/**
 * n = number of queries; the matrix is ⌊√n⌋ × ⌊√n⌋ (about n cells) of random integers, so one
 * run is the O(n) build plus n queries. Every query's rectangle starts in the first quarter of
 * the rows and columns and ends in the last quarter: it covers at least a quarter of the matrix,
 * so adding up cells query by query costs Θ(n) each and Θ(n²) in all. Queries are stored flat
 * (four numbers each) so building the input stays O(n). Doubling sizes from the default. The other
 * family asks for the whole matrix every time, the widest and tallest rectangle there is.
 */
export default defineBench<typeof Kata, { matrix: number[][]; queries: Int32Array }>({
  n: 'queries (matrix of about n cells)',
  inputName: 'rectangles over at least a quarter of the matrix',
  input: (n, rng) => {
    const side = Math.max(4, Math.floor(Math.sqrt(n)));
    const matrix = Array.from({ length: side }, () => Array.from({ length: side }, () => rng.int(-1000, 1000)));
    const quarter = Math.floor(side / 4);
    const queries = new Int32Array(4 * n);
    for (let q = 0; q < n; q++) {
      queries[4 * q] = rng.int(0, quarter - 1);
      queries[4 * q + 1] = rng.int(0, quarter - 1);
      queries[4 * q + 2] = rng.int(side - quarter, side - 1);
      queries[4 * q + 3] = rng.int(side - quarter, side - 1);
    }
    return { matrix, queries };
  },
  families: [
    {
      name: 'whole-matrix rectangles',
      exposes: 'per-query loops over the rows or cells of the rectangle (every query spans all of them)',
      input: (n, rng) => {
        const side = Math.max(4, Math.floor(Math.sqrt(n)));
        const matrix = Array.from({ length: side }, () => Array.from({ length: side }, () => rng.int(-1000, 1000)));
        const queries = new Int32Array(4 * n);
        for (let q = 0; q < n; q++) {
          queries[4 * q + 2] = side - 1;
          queries[4 * q + 3] = side - 1;
        }
        return { matrix, queries };
      },
    },
  ],
  run: (impl, { matrix, queries }) => {
    const sums = new impl.RangeSum2D(matrix);
    let checksum = 0;
    for (let i = 0; i < queries.length; i += 4) {
      checksum += sums.sum(queries[i]!, queries[i + 1]!, queries[i + 2]!, queries[i + 3]!);
    }
    return checksum;
  },
  // `run` returns the sum of the queries' answers, added in the same order for both sides: one right value.
  answersAgree: sameAnswer,
});
