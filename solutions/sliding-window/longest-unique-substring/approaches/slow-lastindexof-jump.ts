/**
 * slow: a left/right window without any map: the previous occurrence of s[right] is found by scanning backwards with lastIndexOf.
 * Time: O(n·g) where g is the distance back to the previous copy, or to the start of the string for a code unit not seen yet: O(n²) on a large alphabet, O(n·σ) on an alphabet of σ units; n = s.length.
 * exposed by: many distinct code units (the bench's ~n/2 distinct units each scan about n/2 back); a small alphabet hides it.
 */
export function longestUniqueSubstring(s: string): number {
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    // lastIndexOf with a negative start would still look at index 0, so index 0 is handled apart.
    const previous = right === 0 ? -1 : s.lastIndexOf(s[right]!, right - 1);
    if (previous >= left) left = previous + 1;
    if (right - left + 1 > best) best = right - left + 1;
  }
  return best;
}
