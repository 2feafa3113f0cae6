/**
 * Reference: the Wagner–Fischer table, kept as a single row plus one saved cell.
 *
 * Table: d[i][j] is the edit distance between the first i characters of `a` and the first j of
 * `b`; d[0][j] = j (insert j characters) and d[i][0] = i (delete i characters). The last edit of
 * an optimal script either deletes a[i-1] (d[i-1][j] + 1), inserts b[j-1] (d[i][j-1] + 1), or
 * ends both prefixes with the same position, substituted if the characters differ
 * (d[i-1][j-1] + (a[i-1] !== b[j-1] ? 1 : 0)).
 *
 * Invariant while row i is filled left to right: `row[0..j-1]` already holds row i, `row[j..m]`
 * still holds row i - 1, and `diagonal` holds d[i-1][j-1], saved before it was overwritten.
 *
 * The distance is symmetric (an insertion one way is a deletion the other), so the row runs along
 * the shorter string.
 *
 * Complexity: O(|a| · |b|) time, O(min(|a|, |b|)) extra memory.
 */
export function editDistance(first: string, second: string): number {
  const [a, b] = first.length >= second.length ? [first, second] : [second, first];
  const m = b.length;
  const row: number[] = [];
  for (let j = 0; j <= m; j++) row.push(j);
  for (let i = 1; i <= a.length; i++) {
    const ch = a.charCodeAt(i - 1);
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const above = row[j]!;
      let best = diagonal + (ch === b.charCodeAt(j - 1) ? 0 : 1);
      if (above + 1 < best) best = above + 1;
      if (row[j - 1]! + 1 < best) best = row[j - 1]! + 1;
      row[j] = best;
      diagonal = above;
    }
  }
  return row[m]!;
}
