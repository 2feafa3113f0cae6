/**
 * optimal: row-by-row backtracking with three boolean occupancy arrays (columns, r+c diagonals, r−c diagonals).
 * Time: O(1) per node of the search tree (O(n) per node to try the columns of a row), the tree
 * holding only conflict-free partial placements; exponential in n but far below n!.
 *
 * Square (r, c) is attacked exactly when its column, its r + c anti-diagonal or its r − c + n − 1
 * diagonal is already taken, so one lookup in each array decides it.
 */
export function nQueens(n: number): number {
  const colTaken = new Uint8Array(n);
  const sumTaken = new Uint8Array(2 * n);
  const diffTaken = new Uint8Array(2 * n);
  let solutions = 0;
  const placeRow = (r: number): void => {
    if (r === n) {
      solutions++;
      return;
    }
    for (let c = 0; c < n; c++) {
      const s = r + c;
      const d = r - c + n - 1;
      if (colTaken[c] || sumTaken[s] || diffTaken[d]) continue;
      colTaken[c] = sumTaken[s] = diffTaken[d] = 1;
      placeRow(r + 1);
      colTaken[c] = sumTaken[s] = diffTaken[d] = 0;
    }
  };
  placeRow(0);
  return solutions;
}
