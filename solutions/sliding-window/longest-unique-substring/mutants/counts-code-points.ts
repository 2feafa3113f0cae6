// Mutant: walks the string with `Array.from`, i.e. by code point, so an emoji is one character
// instead of two code units ("a😀b" gives 3 instead of 4; "😀😁" gives 2 instead of 3).
export function longestUniqueSubstring(s: string): number {
  const chars = Array.from(s);
  const last = new Map<string, number>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < chars.length; right++) {
    const seen = last.get(chars[right]!);
    if (seen !== undefined && seen >= left) left = seen + 1;
    last.set(chars[right]!, right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}
