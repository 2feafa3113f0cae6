/**
 * slow: keeps a 2-D board of characters and decides whether a square is attacked by scanning every cell of the board for a queen.
 * Time: O(n²) per conflict check (O(n³) per node) on the pruned tree, so a factor of about n²
 * slower than O(1) checks, growing with the board.
 * exposed by: larger boards (same cost for every n×n input).
 *
 * The "model the chessboard literally" version: a queen at (qr, qc) attacks (r, c) when they
 * share a row, a column or |qr − r| = |qc − c|; every cell is visited to find the queens.
 */
export function nQueens(n: number): number {
  const board: string[][] = Array.from({ length: n }, () => new Array<string>(n).fill('.'));
  const attacked = (r: number, c: number): boolean => {
    for (let qr = 0; qr < n; qr++) {
      for (let qc = 0; qc < n; qc++) {
        if (board[qr]![qc] !== 'Q') continue;
        if (qr === r || qc === c || Math.abs(qr - r) === Math.abs(qc - c)) return true;
      }
    }
    return false;
  };
  const fill = (r: number): number => {
    if (r === n) return 1;
    let total = 0;
    for (let c = 0; c < n; c++) {
      if (attacked(r, c)) continue;
      board[r]![c] = 'Q';
      total += fill(r + 1);
      board[r]![c] = '.';
    }
    return total;
  };
  return fill(0);
}
