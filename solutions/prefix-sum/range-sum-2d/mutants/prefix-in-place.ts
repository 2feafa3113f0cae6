// Mutant: saves memory by turning the caller's matrix into its own prefix-sum table, in place.
export class RangeSum2D {
  private readonly m: number[][];
  private readonly rows: number;
  private readonly cols: number;

  constructor(matrix: readonly (readonly number[])[]) {
    this.m = matrix as number[][];
    this.rows = matrix.length;
    this.cols = this.rows === 0 ? 0 : matrix[0]!.length;
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        this.m[r]![c]! += (r > 0 ? this.m[r - 1]![c]! : 0) + (c > 0 ? this.m[r]![c - 1]! : 0) - (r > 0 && c > 0 ? this.m[r - 1]![c - 1]! : 0);
      }
    }
  }

  sum(row1: number, col1: number, row2: number, col2: number): number {
    if (row1 < 0 || col1 < 0 || row1 > row2 || col1 > col2 || row2 >= this.rows || col2 >= this.cols) throw new RangeError('bad rectangle');
    const at = (r: number, c: number) => (r < 0 || c < 0 ? 0 : this.m[r]![c]!);
    return at(row2, col2) - at(row1 - 1, col2) - at(row2, col1 - 1) + at(row1 - 1, col1 - 1);
  }
}
