/**
 * Brute force: keep a copy of the matrix and add up the rectangle cell by cell on every query.
 * Correct and instant to build, but a query costs O(area): n queries over large rectangles of
 * an n-cell matrix take O(n²).
 */
export class RangeSum2D {
  readonly #matrix: number[][];
  readonly #rows: number;
  readonly #cols: number;

  constructor(matrix: readonly (readonly number[])[]) {
    this.#matrix = matrix.map((row) => [...row]);
    this.#rows = matrix.length;
    this.#cols = this.#rows === 0 ? 0 : matrix[0]!.length;
  }

  sum(row1: number, col1: number, row2: number, col2: number): number {
    if (!(row1 >= 0 && col1 >= 0 && row1 <= row2 && col1 <= col2 && row2 < this.#rows && col2 < this.#cols)) {
      throw new RangeError(`Rectangle (${row1}, ${col1})–(${row2}, ${col2}) is outside the ${this.#rows} × ${this.#cols} matrix or inverted.`);
    }
    let total = 0;
    for (let r = row1; r <= row2; r++) for (let c = col1; c <= col2; c++) total += this.#matrix[r]![c]!;
    return total;
  }
}
