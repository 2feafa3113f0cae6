/**
 * Reference: a 2-D prefix-sum table with a zero border.
 *
 * Invariant: `table[r][c]` is the sum of every matrix cell in rows 0..r-1 and columns 0..c-1
 * (so row 0 and column 0 of the table are 0). It is built by inclusion–exclusion:
 * table[r+1][c+1] = cell(r, c) + table[r][c+1] + table[r+1][c] − table[r][c], where the last
 * term is the top-left block counted twice. A query is the same identity read backwards: the
 * block up to (row2, col2), minus the strip above row1, minus the strip left of col1, plus the
 * corner those two strips both removed.
 *
 * Complexity: O(rows · cols) to build, O(1) per query; O(rows · cols) extra memory.
 */
export class RangeSum2D {
  readonly #table: number[][];
  readonly #rows: number;
  readonly #cols: number;

  constructor(matrix: readonly (readonly number[])[]) {
    this.#rows = matrix.length;
    this.#cols = this.#rows === 0 ? 0 : matrix[0]!.length;
    this.#table = [new Array<number>(this.#cols + 1).fill(0)];
    for (let r = 0; r < this.#rows; r++) {
      const above = this.#table[r]!;
      const row = [0];
      for (let c = 0; c < this.#cols; c++) row.push(matrix[r]![c]! + above[c + 1]! + row[c]! - above[c]!);
      this.#table.push(row);
    }
  }

  sum(row1: number, col1: number, row2: number, col2: number): number {
    if (!(row1 >= 0 && col1 >= 0 && row1 <= row2 && col1 <= col2 && row2 < this.#rows && col2 < this.#cols)) {
      throw new RangeError(
        `Expected 0 <= row1 <= row2 < ${this.#rows} and 0 <= col1 <= col2 < ${this.#cols}, got (${row1}, ${col1}, ${row2}, ${col2}).`,
      );
    }
    const t = this.#table;
    return t[row2 + 1]![col2 + 1]! - t[row1]![col2 + 1]! - t[row2 + 1]![col1]! + t[row1]![col1]!;
  }
}
