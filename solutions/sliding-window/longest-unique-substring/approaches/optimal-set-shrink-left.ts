/**
 * optimal: a window held in a Set; on a repeat, the left edge walks right, deleting units from the Set, until the repeated unit has left.
 * Time: O(n) expected: every index enters the Set once and leaves it at most once, so both edges move at most n times in all; n = s.length.
 *
 * Unlike a last-seen index map, nothing is remembered about units outside the window: the Set
 * holds exactly the units of s[left..right-1], so "is s[right] a repeat?" is one lookup and the
 * walk of the left edge pays for itself.
 */
export function longestUniqueSubstring(s: string): number {
  const inWindow = new Set<number>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const unit = s.charCodeAt(right);
    while (inWindow.has(unit)) inWindow.delete(s.charCodeAt(left++));
    inWindow.add(unit);
    if (inWindow.size > best) best = inWindow.size;
  }
  return best;
}
