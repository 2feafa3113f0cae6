/**
 * Reference: a sliding window [left, right] with the last index of every code unit.
 *
 * Invariant: s[left..right] has no repeated code unit, and it is the longest such substring
 * ending at `right` (moving `left` further left would take in a repeat). When s[right] was last
 * seen at an index inside the window, the window must start just after it; an occurrence before
 * `left` is already outside and must not pull `left` back (the `>= left` check, "abba").
 * Every window ending anywhere is considered, so the best of them is the answer.
 *
 * Complexity: O(n) time (one Map lookup and one store per index, O(1) expected each),
 * O(min(n, distinct code units)) extra memory.
 */
export function longestUniqueSubstring(s: string): number {
  const lastSeen = new Map<number, number>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const unit = s.charCodeAt(right);
    const previous = lastSeen.get(unit);
    if (previous !== undefined && previous >= left) left = previous + 1;
    lastSeen.set(unit, right);
    if (right - left + 1 > best) best = right - left + 1;
  }
  return best;
}
