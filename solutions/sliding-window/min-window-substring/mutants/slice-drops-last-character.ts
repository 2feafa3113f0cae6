// Mutant: finds the right window but slices it as `s.slice(left, right)`, one character short,
// so the answer no longer contains the character that completed it.
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const need = new Map<number, number>();
  for (let i = 0; i < t.length; i++) need.set(t.charCodeAt(i), (need.get(t.charCodeAt(i)) ?? 0) + 1);
  let missing = t.length;
  let bestStart = 0;
  let bestEnd = -1;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s.charCodeAt(right);
    const n = need.get(c);
    if (n !== undefined) {
      if (n > 0) missing--;
      need.set(c, n - 1);
    }
    while (missing === 0) {
      if (bestEnd < 0 || right - left < bestEnd - bestStart) {
        bestStart = left;
        bestEnd = right;
      }
      const l = s.charCodeAt(left++);
      const m = need.get(l);
      if (m !== undefined) {
        need.set(l, m + 1);
        if (m + 1 > 0) missing++;
      }
    }
  }
  return bestEnd < 0 ? '' : s.slice(bestStart, bestEnd);
}
