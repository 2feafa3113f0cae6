// Mutant: jumps `left` to the previous occurrence + 1 without checking that the occurrence is
// inside the window, so on "abba" the final `a` drags `left` back to 1 and the answer is 3.
export function longestUniqueSubstring(s: string): number {
  const last = new Map<string, number>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const seen = last.get(s[right]!);
    if (seen !== undefined) left = seen + 1;
    last.set(s[right]!, right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}
