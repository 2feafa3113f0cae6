// Mutant: records a window when it is shorter OR AS SHORT as the best so far (`<=`), so among
// equally short windows the last one found wins: `"baab"` with `"ab"` gives "ab", not "ba".
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const need = new Map<number, number>();
  for (let i = 0; i < t.length; i++) need.set(t.charCodeAt(i), (need.get(t.charCodeAt(i)) ?? 0) + 1);
  let missing = t.length;
  let best: [number, number] | null = null;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s.charCodeAt(right);
    const n = need.get(c);
    if (n !== undefined) {
      if (n > 0) missing--;
      need.set(c, n - 1);
    }
    while (missing === 0) {
      if (best === null || right - left + 1 <= best[1] - best[0]) best = [left, right + 1];
      const l = s.charCodeAt(left++);
      const m = need.get(l);
      if (m !== undefined) {
        need.set(l, m + 1);
        if (m + 1 > 0) missing++;
      }
    }
  }
  return best === null ? '' : s.slice(best[0], best[1]);
}
