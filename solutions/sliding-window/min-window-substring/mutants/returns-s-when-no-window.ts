// Mutant: starts the best answer at s itself and replaces it only with shorter windows, so when
// no window covers t it returns all of s instead of "".
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const need = new Map<number, number>();
  for (let i = 0; i < t.length; i++) need.set(t.charCodeAt(i), (need.get(t.charCodeAt(i)) ?? 0) + 1);
  let missing = t.length;
  let best = s;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s.charCodeAt(right);
    const n = need.get(c);
    if (n !== undefined) {
      if (n > 0) missing--;
      need.set(c, n - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < best.length) best = s.slice(left, right + 1);
      const l = s.charCodeAt(left++);
      const m = need.get(l);
      if (m !== undefined) {
        need.set(l, m + 1);
        if (m + 1 > 0) missing++;
      }
    }
  }
  return best;
}
