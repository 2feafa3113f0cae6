/**
 * Reference: row-by-row backtracking with the attacked squares kept as three bitmasks.
 *
 * Invariant: before placing the queen of `row`, bit c of `cols` is set when column c holds a
 * queen; bit c of `diag` when square (row, c) lies on the down-right diagonal of a placed queen;
 * bit c of `anti` when it lies on a down-left diagonal. Moving to the next row shifts `diag`
 * left and `anti` right by one, which is exactly how those diagonals advance. So the free
 * squares of a row are `~(cols | diag | anti) & full`, found in O(1), and each free square is
 * taken off with `free & -free` (the lowest set bit).
 *
 * Complexity: O(1) per node of the search tree, which holds only conflict-free partial
 * placements: exponential in n, but far below n!. Recursion depth is n (n <= 30 for 32-bit masks).
 */
export function nQueens(n: number): number {
  const full = n >= 31 ? -1 : (1 << n) - 1;
  const count = (cols: number, diag: number, anti: number): number => {
    if (cols === full) return 1;
    let total = 0;
    let free = ~(cols | diag | anti) & full;
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      total += count(cols | bit, ((diag | bit) << 1) & full, (anti | bit) >>> 1);
    }
    return total;
  };
  return count(0, 0, 0);
}
