/**
 * slow: one-dimensional prefix sums per row only; a query adds up, row by row, each row's slice sum from its prefix table.
 * time: O(rows·cols) to build, O(row2 - row1 + 1) per query: the bench's √n × √n matrix and tall rectangles make that O(√n) per query, O(n^1.5) for its n queries.
 * exposed by: tall rectangles on a large matrix (the bench's cover at least half the rows); the gap to the 2-D table grows only like √n.
 *
 * "Half of the trick": the 1-D prefix sum is applied along the rows but not carried down the
 * columns, so a rectangle is still a loop, over rows instead of cells. Per query it is sublinear
 * in the number of cells, which makes it look close enough.
 */
export class RangeSum2D {
  readonly #rowPrefix: Float64Array[];
  readonly #rows: number;
  readonly #cols: number;

  constructor(matrix: readonly (readonly number[])[]) {
    this.#rows = matrix.length;
    this.#cols = this.#rows === 0 ? 0 : matrix[0]!.length;
    this.#rowPrefix = matrix.map((row) => {
      const prefix = new Float64Array(row.length + 1);
      for (let c = 0; c < row.length; c++) prefix[c + 1] = prefix[c]! + row[c]!;
      return prefix;
    });
  }

  sum(row1: number, col1: number, row2: number, col2: number): number {
    if (!(row1 >= 0 && col1 >= 0 && row1 <= row2 && col1 <= col2 && row2 < this.#rows && col2 < this.#cols)) {
      throw new RangeError(`Rectangle (${row1}, ${col1})–(${row2}, ${col2}) is outside the ${this.#rows} × ${this.#cols} matrix or inverted.`);
    }
    let total = 0;
    for (let r = row1; r <= row2; r++) {
      const prefix = this.#rowPrefix[r]!;
      total += prefix[col2 + 1]! - prefix[col1]!;
    }
    return total;
  }
}
