// Mutant: reads the far corner of the padded table without the + 1, dropping the last row and column of every rectangle.
export class RangeSum2D {
  private readonly table: number[][];
  private readonly rows: number;
  private readonly cols: number;

  constructor(matrix: readonly (readonly number[])[]) {
    this.rows = matrix.length;
    this.cols = this.rows === 0 ? 0 : matrix[0]!.length;
    this.table = [new Array<number>(this.cols + 1).fill(0)];
    for (let r = 0; r < this.rows; r++) {
      const row = [0];
      for (let c = 0; c < this.cols; c++) row.push(matrix[r]![c]! + this.table[r]![c + 1]! + row[c]! - this.table[r]![c]!);
      this.table.push(row);
    }
  }

  sum(row1: number, col1: number, row2: number, col2: number): number {
    if (row1 < 0 || col1 < 0 || row1 > row2 || col1 > col2 || row2 >= this.rows || col2 >= this.cols) throw new RangeError('bad rectangle');
    const t = this.table;
    return t[row2]![col2]! - t[row1]![col2]! - t[row2]![col1]! + t[row1]![col1]!;
  }
}
