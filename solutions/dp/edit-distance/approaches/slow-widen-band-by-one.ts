/**
 * slow: guesses a bound k = |len(a) − len(b)|, |len(a) − len(b)| + 1, … and for each guess fills only the diagonal band of width 2k + 1, stopping at the first k the band confirms.
 * Time O(n·d²), n = length of each string, d = the distance: every guess up to d costs O(n·k),
 * and the guesses grow by one instead of doubling. O(n) when the strings are close, O(n³) when
 * they are far apart.
 * exposed by: strings with a large distance, e.g. `ab` repeated against `ba` repeated or two strings over disjoint alphabets.
 *
 * Within the band, cells outside it count as "more than k", which is safe: a script of cost ≤ k
 * never strays more than k from the main diagonal.
 */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const BIG = 1 << 30;
  const withinBand = (k: number): number => {
    // returns the distance if it is <= k, else BIG
    let prev = new Array<number>(m + 1).fill(BIG);
    for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
    for (let i = 1; i <= n; i++) {
      const cur = new Array<number>(m + 1).fill(BIG);
      if (i <= k) cur[0] = i;
      const lo = Math.max(1, i - k);
      const hi = Math.min(m, i + k);
      for (let j = lo; j <= hi; j++) {
        let best = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
        if (prev[j]! + 1 < best) best = prev[j]! + 1;
        if (cur[j - 1]! + 1 < best) best = cur[j - 1]! + 1;
        cur[j] = best;
      }
      prev = cur;
    }
    return prev[m]! <= k ? prev[m]! : BIG;
  };
  for (let k = Math.abs(n - m); ; k++) {
    const d = withinBand(k);
    if (d !== BIG) return d;
  }
}
