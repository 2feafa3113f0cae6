/**
 * optimal: builds the strings bottom-up from the unique decomposition "(" + A + ")" + B, where A has k pairs and B has m − 1 − k, memoising the lists for every smaller m.
 * Time O(n·Catalan(n)), n = pairs: the top level creates Catalan(n) strings of length 2n, and the
 * lists for all smaller m together hold fewer characters than that (Catalan numbers grow ~4×
 * per step).
 *
 * Every balanced non-empty string starts with "(" whose matching ")" closes a balanced A and is
 * followed by a balanced B, and that split is unique, so each string is built exactly once.
 */
export function generateParentheses(n: number): string[] {
  const byPairs: string[][] = [['']];
  for (let m = 1; m <= n; m++) {
    const list: string[] = [];
    for (let k = 0; k < m; k++) {
      for (const inner of byPairs[k]!) {
        const wrapped = '(' + inner + ')';
        for (const rest of byPairs[m - 1 - k]!) list.push(wrapped + rest);
      }
    }
    byPairs.push(list);
  }
  return byPairs[n]!;
}
