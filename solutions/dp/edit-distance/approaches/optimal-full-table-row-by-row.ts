/**
 * optimal: the whole (|a| + 1) × (|b| + 1) Wagner–Fischer table, one array per row, every row kept until the end.
 * Time O(n²), n = length of each string (O(|a|·|b|) in general), the target; memory O(|a|·|b|).
 * space-heavy: keeps every row of the table where the answer needs only the last two (target O(min(|a|, |b|))).
 *
 * dist[i][j] is the distance between the first i characters of a and the first j of b, filled
 * row after row from the row above and the cell to the left. This is the textbook table an
 * interviewer's "and the memory?" is asked about.
 */
export function editDistance(a: string, b: string): number {
  const dist: number[][] = [];
  const first: number[] = [];
  for (let j = 0; j <= b.length; j++) first.push(j);
  dist.push(first);
  for (let i = 1; i <= a.length; i++) {
    const above = dist[i - 1]!;
    const row: number[] = [i];
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const replace = above[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = above[j]! + 1;
      const insert = row[j - 1]! + 1;
      row.push(Math.min(replace, remove, insert));
    }
    dist.push(row);
  }
  return dist[a.length]![b.length]!;
}
