// Mutant: records the window's length only when a repeat ends it, so a run that reaches the end
// of the string is never counted ("abc" gives 0, "aab" gives 1).
export function longestUniqueSubstring(s: string): number {
  const inWindow = new Set<string>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    if (inWindow.has(s[right]!)) {
      best = Math.max(best, right - left);
      while (inWindow.has(s[right]!)) inWindow.delete(s[left++]!);
    }
    inWindow.add(s[right]!);
  }
  return best;
}
