/**
 * optimal: iterative backtracking with an explicit per-row column cursor and occupancy flags (typed arrays) for columns, r+c and r−c diagonals.
 * Time: O(1) per conflict check, O(n) per node to advance the row's cursor; the tree holds only
 * conflict-free partial placements, exponential in n but far below n!.
 *
 * `at[r]` is the column the queen of row r currently stands on (or −1 before the first try);
 * moving the cursor past n means the row is exhausted and the search backs up one row.
 */
export function nQueens(n: number): number {
  if (n === 0) return 1;
  const at = new Int32Array(n).fill(-1);
  const col = new Uint8Array(n);
  const up = new Uint8Array(2 * n);
  const down = new Uint8Array(2 * n);
  let count = 0;
  let r = 0;
  while (r >= 0) {
    // lift the queen of row r, if any, before trying its next column
    if (at[r]! >= 0) {
      const c = at[r]!;
      col[c] = up[r + c] = down[r - c + n] = 0;
    }
    let c = at[r]! + 1;
    while (c < n && (col[c] || up[r + c] || down[r - c + n])) c++;
    if (c === n) {
      at[r] = -1;
      r--;
      continue;
    }
    at[r] = c;
    if (r === n - 1) {
      count++;
      continue; // stay on the last row: the next pass lifts this queen and tries further right
    }
    col[c] = up[r + c] = down[r - c + n] = 1;
    r++;
  }
  return count;
}
