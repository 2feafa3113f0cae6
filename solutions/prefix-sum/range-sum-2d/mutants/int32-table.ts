// Mutant: keeps the prefix-sum table in Int32Arrays. Cells are at most 10^5 in size, but a
// rectangle of 150 × 150 cells of 10^5 sums to 2.25 · 10^9, past 2^31, and wraps to a negative
// number.
export class RangeSum2D {
  private readonly table: Int32Array[];
  private readonly rows: number;
  private readonly cols: number;

  constructor(matrix: readonly (readonly number[])[]) {
    this.rows = matrix.length;
    this.cols = this.rows === 0 ? 0 : matrix[0]!.length;
    this.table = [new Int32Array(this.cols + 1)];
    for (let r = 0; r < this.rows; r++) {
      const above = this.table[r]!;
      const row = new Int32Array(this.cols + 1);
      for (let c = 0; c < this.cols; c++) row[c + 1] = matrix[r]![c]! + above[c + 1]! + row[c]! - above[c]!;
      this.table.push(row);
    }
  }

  sum(row1: number, col1: number, row2: number, col2: number): number {
    if (!(row1 >= 0 && col1 >= 0 && row1 <= row2 && col1 <= col2 && row2 < this.rows && col2 < this.cols)) {
      throw new RangeError('bad rectangle');
    }
    const t = this.table;
    return t[row2 + 1]![col2 + 1]! - t[row1]![col2 + 1]! - t[row2 + 1]![col1]! + t[row1]![col1]!;
  }
}
