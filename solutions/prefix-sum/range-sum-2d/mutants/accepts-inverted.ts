// Mutant: checks that corners are inside the matrix but not that row1 <= row2 and col1 <= col2.
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
    for (const [i, limit] of [[row1, this.rows], [row2, this.rows], [col1, this.cols], [col2, this.cols]] as const) {
      if (i < 0 || i >= limit) throw new RangeError('corner outside the matrix');
    }
    const t = this.table;
    return t[row2 + 1]![col2 + 1]! - t[row1]![col2 + 1]! - t[row2 + 1]![col1]! + t[row1]![col1]!;
  }
}
