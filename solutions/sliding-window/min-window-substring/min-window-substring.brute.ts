/**
 * Brute force: from every start, grow the window one code unit at a time until it covers t.
 * Correct, and the answer to state first, but O(|s|²) time: when the only covering window is
 * long, most starts grow a long way (or all the way to the end) before giving up.
 */
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const counts = new Map<number, number>();
  for (let i = 0; i < t.length; i++) counts.set(t.charCodeAt(i), (counts.get(t.charCodeAt(i)) ?? 0) + 1);

  let best = '';
  for (let start = 0; start < s.length; start++) {
    const need = new Map(counts);
    let missing = t.length;
    for (let end = start; end < s.length; end++) {
      const unit = s.charCodeAt(end);
      const needed = need.get(unit);
      if (needed === undefined) continue;
      if (needed > 0) missing--;
      need.set(unit, needed - 1);
      if (missing === 0) {
        // Strictly shorter only: an equally short window found later starts further right.
        if (best === '' || end - start + 1 < best.length) best = s.slice(start, end + 1);
        break;
      }
    }
  }
  return best;
}
