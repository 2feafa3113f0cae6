/**
 * slow: grows the strings of m pairs by inserting "()" at every position of every string of m − 1 pairs, collapsing the duplicates with a Set.
 * Time O(n²·Catalan(n)) roughly, n = pairs: each of the Catalan(n − 1) strings yields 2n − 1
 * insertions, each building and hashing a string of length 2n, and most of them are duplicates
 * (every string of m pairs is produced once per "()" it contains).
 * exposed by: larger n (the same cost for every input of a given n).
 *
 * Correct because removing any adjacent "()" from a balanced string leaves a balanced string,
 * so every string of m pairs is reachable; the waste is in the duplicates.
 */
export function generateParentheses(n: number): string[] {
  let current = new Set<string>(['']);
  for (let m = 1; m <= n; m++) {
    const next = new Set<string>();
    for (const s of current) {
      for (let i = 0; i <= s.length; i++) next.add(s.slice(0, i) + '()' + s.slice(i));
    }
    current = next;
  }
  return [...current];
}
