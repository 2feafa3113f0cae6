/**
 * slow: the usual two-pointer window with a count per code unit, but "does the window cover t?" is answered by walking every distinct unit of t each time.
 * Time: O((|s| + |t|)·u) for u distinct code units in t: O(|s|) with the bench's 3-letter t, O(|s|²) when t has about |s|/2 distinct units; n = |s|.
 * exposed by: a long t of many distinct units, listed in the order s first shows them (e.g. s = a shuffled block of n/2 distinct units written twice, t = that block): each check walks far before the first missing unit; the bench's t = "QXZ" hides it.
 */
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const need = new Map<number, number>();
  for (let i = 0; i < t.length; i++) need.set(t.charCodeAt(i), (need.get(t.charCodeAt(i)) ?? 0) + 1);
  const have = new Map<number, number>();

  // O(u) per call: the cost this approach pays where a "missing" counter would be O(1).
  const covers = (): boolean => {
    for (const [unit, count] of need) if ((have.get(unit) ?? 0) < count) return false;
    return true;
  };

  let bestStart = 0;
  let bestLength = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const entering = s.charCodeAt(right);
    if (need.has(entering)) have.set(entering, (have.get(entering) ?? 0) + 1);
    while (covers()) {
      if (right - left + 1 < bestLength) {
        bestStart = left;
        bestLength = right - left + 1;
      }
      const leaving = s.charCodeAt(left++);
      if (need.has(leaving)) have.set(leaving, have.get(leaving)! - 1);
    }
  }
  return bestLength === Number.POSITIVE_INFINITY ? '' : s.slice(bestStart, bestStart + bestLength);
}
