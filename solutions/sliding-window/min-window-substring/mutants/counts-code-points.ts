// Mutant: splits s and t with `Array.from`, i.e. by code point, so an emoji is one character and
// the two emoji "😀😁" no longer share a code unit: `"😀😁"` with `"\uD83D\uD83D"` gives "".
export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const chars = Array.from(s);
  const need = new Map<string, number>();
  for (const c of Array.from(t)) need.set(c, (need.get(c) ?? 0) + 1);
  let missing = Array.from(t).length;
  let best: string | null = null;
  let left = 0;
  for (let right = 0; right < chars.length; right++) {
    const n = need.get(chars[right]!);
    if (n !== undefined) {
      if (n > 0) missing--;
      need.set(chars[right]!, n - 1);
    }
    while (missing === 0) {
      const window = chars.slice(left, right + 1).join('');
      if (best === null || window.length < best.length) best = window;
      const m = need.get(chars[left]!);
      if (m !== undefined) {
        need.set(chars[left]!, m + 1);
        if (m + 1 > 0) missing++;
      }
      left++;
    }
  }
  return best ?? '';
}
