// Mutant: treats t as a set of characters, so a window needs each one only once: `"a"` covers
// `"aa"`, and `"abab"` with `"aa"` gives "a".
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const wanted = new Set(t.split(''));
  const inWindow = new Map<string, number>();
  let have = 0;
  let best = '';
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s[right]!;
    if (wanted.has(c)) {
      inWindow.set(c, (inWindow.get(c) ?? 0) + 1);
      if (inWindow.get(c) === 1) have++;
    }
    while (have === wanted.size) {
      if (best === '' || right - left + 1 < best.length) best = s.slice(left, right + 1);
      const l = s[left++]!;
      if (wanted.has(l)) {
        inWindow.set(l, inWindow.get(l)! - 1);
        if (inWindow.get(l) === 0) have--;
      }
    }
  }
  return best;
}
