/**
 * optimal: first lists only the positions of s whose code unit occurs in t, then runs the shrinking window over that short list instead of over s.
 * Time: O(|s| + |t|): one pass to count t, one to filter s, and two pointers that each move at most once over the filtered list; n = |s|.
 *
 * A shortest covering window starts and ends on a unit of t (otherwise trimming that end keeps it
 * covering and makes it shorter), so only filtered positions can be window edges. `missing` is how
 * many units of t the window still lacks, counting multiplicity, so coverage is an O(1) test.
 * Windows are met in increasing order of their left edge and only strictly shorter ones replace
 * the best, which keeps the leftmost of the shortest.
 */
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0 || t.length > s.length) return '';
  const owed = new Map<number, number>(); // how many more of each unit the window needs (< 0: surplus)
  for (let i = 0; i < t.length; i++) owed.set(t.charCodeAt(i), (owed.get(t.charCodeAt(i)) ?? 0) + 1);

  const spots: number[] = [];
  for (let i = 0; i < s.length; i++) if (owed.has(s.charCodeAt(i))) spots.push(i);

  let missing = t.length;
  let bestStart = -1;
  let bestLength = Number.POSITIVE_INFINITY;
  let first = 0; // index into spots of the window's left edge
  for (let last = 0; last < spots.length; last++) {
    const unit = s.charCodeAt(spots[last]!);
    const before = owed.get(unit)!;
    if (before > 0) missing--;
    owed.set(unit, before - 1);
    while (missing === 0) {
      const start = spots[first]!;
      const length = spots[last]! - start + 1;
      if (length < bestLength) {
        bestStart = start;
        bestLength = length;
      }
      const leaving = s.charCodeAt(start);
      const after = owed.get(leaving)! + 1;
      owed.set(leaving, after);
      if (after > 0) missing++;
      first++;
    }
  }
  return bestStart === -1 ? '' : s.slice(bestStart, bestStart + bestLength);
}
