/**
 * slow: records every position of every code unit, and for each new unit filters that unit's position list to find its latest copy inside the window.
 * Time: O(n + Σ occurrences so far) = O(n·r) when a unit repeats r times: O(n) when units rarely repeat (the bench: each unit occurs about twice), O(n²) on a tiny alphabet; n = s.length.
 * exposed by: few distinct code units, e.g. "aaaa…" or a random string over "ab"; the bench's huge alphabet hides it.
 */
export function longestUniqueSubstring(s: string): number {
  const positions = new Map<number, number[]>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const unit = s.charCodeAt(right);
    let list = positions.get(unit);
    if (list === undefined) {
      list = [];
      positions.set(unit, list);
    }
    // A fresh filtered copy of every earlier position of this unit, once per occurrence.
    const inWindow = list.filter((p) => p >= left);
    if (inWindow.length > 0) left = inWindow[inWindow.length - 1]! + 1;
    list.push(right);
    if (right - left + 1 > best) best = right - left + 1;
  }
  return best;
}
