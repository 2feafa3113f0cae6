/**
 * optimal: Wagner–Fischer with two typed-array rows that swap roles after every row, shorter string along the row.
 * Time O(n²), n = length of each string (O(|a|·|b|) in general), O(min(|a|, |b|)) memory.
 *
 * prev[j] holds the distance between the first i − 1 characters of the longer string and the
 * first j of the shorter; cur is filled from prev and its own left neighbour.
 */
export function editDistance(a: string, b: string): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  const m = short.length;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= long.length; i++) {
    cur[0] = i;
    const ch = long.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const substitute = prev[j - 1]! + (ch === short.charCodeAt(j - 1) ? 0 : 1);
      const remove = prev[j]! + 1;
      const insert = cur[j - 1]! + 1;
      cur[j] = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}
