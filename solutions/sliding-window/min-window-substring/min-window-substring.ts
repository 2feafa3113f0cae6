/**
 * Reference: a variable-size window with a "still needed" count per code unit.
 *
 * `need.get(c)` is how many more c the window needs (negative: surplus); `missing` is the sum of
 * the positive parts, so the window covers t exactly when `missing === 0`, an O(1) test.
 * For every right edge, once the window covers t, the inner loop shrinks it from the left while it
 * still covers t; each window it records is the shortest covering window ending at `right` with
 * that left edge. Recording only strictly shorter windows keeps the leftmost of the shortest,
 * because windows are met in increasing order of their left edge.
 *
 * Complexity: O(|t|) to count t, then `left` and `right` each move forward at most |s| times:
 * O(|s| + |t|) time, O(distinct code units of t) extra memory.
 */
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0 || t.length > s.length) return '';
  const need = new Map<number, number>();
  for (let i = 0; i < t.length; i++) need.set(t.charCodeAt(i), (need.get(t.charCodeAt(i)) ?? 0) + 1);

  let missing = t.length;
  let bestStart = 0;
  let bestLength = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const entering = s.charCodeAt(right);
    const needed = need.get(entering);
    if (needed !== undefined) {
      if (needed > 0) missing--;
      need.set(entering, needed - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < bestLength) {
        bestStart = left;
        bestLength = right - left + 1;
      }
      const leaving = s.charCodeAt(left++);
      const owed = need.get(leaving);
      if (owed !== undefined) {
        need.set(leaving, owed + 1);
        if (owed + 1 > 0) missing++;
      }
    }
  }
  return bestLength === Number.POSITIVE_INFINITY ? '' : s.slice(bestStart, bestStart + bestLength);
}
