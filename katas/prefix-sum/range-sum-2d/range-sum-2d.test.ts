import { describe, expect } from 'vitest';
import { RangeSum2D } from './range-sum-2d.ts';
import { expectRangeError, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

type Matrix = number[][];
type Query = [number, number, number, number];

/** Independent oracle: add up the rectangle cell by cell. */
function sumByLooping(matrix: Matrix, [row1, col1, row2, col2]: Query): number {
  let total = 0;
  for (let r = row1; r <= row2; r++) for (let c = col1; c <= col2; c++) total += matrix[r]![c]!;
  return total;
}

function isValid(matrix: Matrix, [row1, col1, row2, col2]: Query): boolean {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : matrix[0]!.length;
  return row1 >= 0 && col1 >= 0 && row1 <= row2 && col1 <= col2 && row2 < rows && col2 < cols;
}

const EXAMPLE: Matrix = [
  [3, 0, 1, 4, 2],
  [5, 6, 3, 2, 1],
  [1, 2, 0, 1, 5],
  [4, 1, 0, 1, 7],
  [1, 0, 3, 0, 5],
];

/** Every cell value the README allows (−10^5 to 10^5, −0 included), small ones common. */
const cell = numbersOf(meta.domain['matrix[r][c]']);

/** A rows × cols matrix, 0..6 rows and 0..6 columns. */
const matrix: fc.Arbitrary<Matrix> = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

/**
 * A large matrix (100..160 rows and columns) tiled with a few drawn values, so its sums reach
 * past 2^31 (where 32-bit storage wraps), with valid rectangles of every size in it.
 */
const largeMatrixWithValidQueries = fc
  .tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 160 }), fc.integer({ min: 100, max: 160 }))
  .chain(([tile, rows, cols]) => {
    const m: Matrix = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => tile[(r * 7 + c) % tile.length]!));
    const query = fc
      .tuple(fc.nat(rows - 1), fc.nat(cols - 1), fc.nat(rows - 1), fc.nat(cols - 1))
      .map(([a, b, c, d]): Query => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]);
    return fc.tuple(fc.constant(m), fc.array(query, { minLength: 1, maxLength: 4 }));
  });

/** Any corners, a little beyond every edge, so invalid and inverted rectangles are common. */
const anyQuery: fc.Arbitrary<Query> = fc.tuple(
  fc.integer({ min: -1, max: 7 }),
  fc.integer({ min: -1, max: 7 }),
  fc.integer({ min: -1, max: 7 }),
  fc.integer({ min: -1, max: 7 }),
);

/** A non-empty matrix with a list of valid rectangles inside it. */
const matrixWithValidQueries = matrix
  .filter((m) => m.length > 0 && m[0]!.length > 0)
  .chain((m) => {
    const rows = m.length;
    const cols = m[0]!.length;
    const query = fc
      .tuple(fc.nat(rows - 1), fc.nat(cols - 1), fc.nat(rows - 1), fc.nat(cols - 1))
      .map(([a, b, c, d]): Query => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]);
    return fc.tuple(fc.constant(m), fc.array(query, { minLength: 1, maxLength: 20 }));
  });

/** A fresh copy, so a solution that writes into its input cannot corrupt the oracle or later cases. */
const copy = (m: Matrix): Matrix => m.map((row) => [...row]);

describe('RangeSum2D examples', () => {
  it('sums a rectangle in the middle', () => {
    const sums = new RangeSum2D(copy(EXAMPLE));
    expect(sums.sum(2, 1, 4, 3)).toBe(8);
    expect(sums.sum(1, 1, 2, 2)).toBe(11);
    expect(sums.sum(1, 2, 2, 4)).toBe(12);
  });
  it('sums a single cell', () => {
    const sums = new RangeSum2D(copy(EXAMPLE));
    expect(sums.sum(0, 0, 0, 0)).toBe(3);
    expect(sums.sum(4, 4, 4, 4)).toBe(5);
  });
  it('sums the whole matrix', () => {
    const sums = new RangeSum2D(copy(EXAMPLE));
    expect(sums.sum(0, 0, 4, 4)).toBe(58);
  });
  it('sums a single row and a single column', () => {
    const sums = new RangeSum2D(copy(EXAMPLE));
    expect(sums.sum(1, 0, 1, 4), 'row 1').toBe(17);
    expect(sums.sum(0, 4, 4, 4), 'column 4').toBe(20);
  });
  it('handles negative values', () => {
    expect(new RangeSum2D([[-1, 2], [3, -4]]).sum(0, 0, 1, 1)).toBe(0);
    expect(new RangeSum2D([[-1, 2], [3, -4]]).sum(1, 0, 1, 1)).toBe(-1);
  });
  it('sums past 2^31 and 2^32 exactly', () => {
    const big = new RangeSum2D(Array.from({ length: 150 }, () => new Array<number>(150).fill(100_000)));
    expect(big.sum(0, 0, 149, 149), 'the whole 150 × 150 matrix').toBe(2_250_000_000);
    expect(big.sum(149, 149, 149, 149), 'the far corner cell').toBe(100_000);
    expect(big.sum(10, 0, 149, 149), 'rows 10 to 149').toBe(2_100_000_000);
    const low = new RangeSum2D(Array.from({ length: 150 }, () => new Array<number>(150).fill(-100_000)));
    expect(low.sum(0, 0, 149, 149)).toBe(-2_250_000_000);
  });
  it('throws a RangeError for an inverted rectangle', () => {
    const sums = new RangeSum2D(copy(EXAMPLE));
    expectRangeError(() => sums.sum(3, 0, 2, 0), 'row1 > row2');
    expectRangeError(() => sums.sum(0, 3, 0, 2), 'col1 > col2');
  });
  it('throws a RangeError for corners past the last row or column', () => {
    const sums = new RangeSum2D(copy(EXAMPLE));
    expectRangeError(() => sums.sum(0, 0, 5, 0), 'row2 = rows');
    expectRangeError(() => sums.sum(0, 0, 0, 5), 'col2 = cols');
  });
  it('throws a RangeError for negative indices', () => {
    const sums = new RangeSum2D(copy(EXAMPLE));
    expectRangeError(() => sums.sum(-1, 0, 0, 0), 'row1 < 0');
    expectRangeError(() => sums.sum(0, -1, 0, 0), 'col1 < 0');
  });
  it('throws a RangeError for every query on a matrix without cells', () => {
    const noRows = new RangeSum2D([]);
    const noColumns = new RangeSum2D([[], []]);
    expectRangeError(() => noRows.sum(0, 0, 0, 0), 'no rows');
    expectRangeError(() => noColumns.sum(0, 0, 0, 0), 'rows without columns');
    expectRangeError(() => noColumns.sum(1, 0, 1, 0), 'rows without columns, last row');
  });
  it('handles a one-row and a one-column matrix', () => {
    expect(new RangeSum2D([[1, 2, 3, 4]]).sum(0, 1, 0, 2)).toBe(5);
    expect(new RangeSum2D([[1], [2], [3], [4]]).sum(1, 0, 3, 0)).toBe(9);
  });
});

describe('RangeSum2D properties', () => {
  // normaliseZeros: a rectangle of -0 and 0 sums to zero, and the contract does not decide its sign.
  it.prop([matrixWithValidQueries])('matches adding up every valid rectangle cell by cell', ([m, queries]) => {
    const sums = new RangeSum2D(copy(m));
    for (const q of queries) expect(normaliseZeros(sums.sum(...q)), `sum(${q.join(', ')})`).toBe(normaliseZeros(sumByLooping(m, q)));
  });

  it.prop([largeMatrixWithValidQueries], { numRuns: 15 })('matches adding up rectangles of a large matrix cell by cell', ([m, queries]) => {
    const sums = new RangeSum2D(copy(m));
    for (const q of queries) expect(normaliseZeros(sums.sum(...q)), `sum(${q.join(', ')}) of a ${m.length} × ${m[0]!.length} matrix`).toBe(normaliseZeros(sumByLooping(m, q)));
  });

  it.prop([matrix, fc.array(anyQuery, { minLength: 1, maxLength: 20 })])('throws a RangeError exactly for rectangles that are out of bounds or inverted', (m, queries) => {
    const sums = new RangeSum2D(copy(m));
    for (const q of queries) {
      if (isValid(m, q)) expect(normaliseZeros(sums.sum(...q)), `sum(${q.join(', ')})`).toBe(normaliseZeros(sumByLooping(m, q)));
      else expectRangeError(() => sums.sum(...q), `sum(${q.join(', ')}) on a ${m.length}-row matrix`);
    }
  });

  it.prop([matrixWithValidQueries])('does not modify the matrix', ([m, queries]) => {
    const before = m.map((row) => [...row]);
    for (const row of m) Object.freeze(row);
    const sums = new RangeSum2D(Object.freeze(m) as readonly (readonly number[])[]);
    for (const q of queries) sums.sum(...q);
    expect(m).toEqual(before);
  });
});
