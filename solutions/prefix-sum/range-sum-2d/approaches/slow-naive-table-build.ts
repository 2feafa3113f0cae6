/**
 * slow: the right O(1) query on a 2-D prefix table, but the table is built naively: each entry adds up its whole top-left block of cells with a double loop instead of using the inclusion–exclusion recurrence.
 * time: O((rows·cols)²) to build, O(1) per query: with the bench's √n × √n matrix the build alone is O(n²).
 * exposed by: any large matrix (the bench's already shows it); the queries are fine, the constructor is not.
 *
 * Written by someone who knows what the table must hold ("the sum of everything above and to
 * the left") but not how to fill it incrementally. Each of the rows·cols entries re-reads up to
 * rows·cols cells: the precomputation that was meant to save work does the brute force's work
 * for every possible corner.
 */
export class RangeSum2D {
  readonly #table: number[][];
  readonly #rows: number;
  readonly #cols: number;

  constructor(matrix: readonly (readonly number[])[]) {
    const rows = matrix.length;
    const cols = rows === 0 ? 0 : matrix[0]!.length;
    this.#rows = rows;
    this.#cols = cols;
    // table[r][c] = sum of matrix[0..r-1][0..c-1]
    this.#table = [];
    for (let r = 0; r <= rows; r++) {
      const line: number[] = [];
      for (let c = 0; c <= cols; c++) {
        let block = 0;
        for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) block += matrix[i]![j]!;
        line.push(block);
      }
      this.#table.push(line);
    }
  }

  sum(row1: number, col1: number, row2: number, col2: number): number {
    if (!(row1 >= 0 && col1 >= 0 && row1 <= row2 && col1 <= col2 && row2 < this.#rows && col2 < this.#cols)) {
      throw new RangeError(`Rectangle (${row1}, ${col1})–(${row2}, ${col2}) is outside the ${this.#rows} × ${this.#cols} matrix or inverted.`);
    }
    const t = this.#table;
    return t[row2 + 1]![col2 + 1]! - t[row1]![col2 + 1]! - t[row2 + 1]![col1]! + t[row1]![col1]!;
  }
}
