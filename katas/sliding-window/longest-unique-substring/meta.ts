import { defineKata } from '#kit';

export default defineKata({
  title: 'Longest Unique Substring',
  difficulty: 'medium',
  target: { class: 'n' },
  domain: { s: { kind: 'string' } },
  equivalentMutants: {
    'object-map-1': 'The reference keys its Map by code unit numbers (0 to 65535); as property names these are digit strings, which no object inherits, so a plain object behaves the same.',
  },
  hints: [
    'The target is O(n): each index enters the window once and leaves it at most once. Restarting the scan from every index is O(n·answer), quadratic when the answer is long.',
    'Keep a window [left, right] that has no repeat. Extend it by one character on the right; if that character is already inside the window, the left edge must jump past its previous occurrence, and nothing to the left of that can ever be useful again.',
    'Keep a Map from code unit to the last index where you saw it. At each right: if the last index of s[right] is >= left, set left to that index + 1 (never move left backwards: check `>= left`, or take the max). Then record right as the last index and update the best with right - left + 1.',
  ],
  notes: {
    asked: [
      'The canonical variable-size sliding window. Interviewers look for the two-pointer invariant "the window never holds a repeat" and for why it is O(n) although there is a loop inside a loop (amortised: left only moves forward).',
      'Follow-ups: return the substring itself; allow at most k distinct characters (shrink while the map has more than k keys); allow each character at most twice.',
      'Expect "what is a character?": in JavaScript `s[i]` is a UTF-16 code unit, so emoji and other astral characters are two units; say which one you count and be consistent.',
    ],
    traps: [
      'Jumping left to `last.get(c) + 1` without checking that the previous occurrence is inside the window: on `"abba"` the left edge moves backwards and the answer comes out 3.',
      'Updating the best only when a repeat is found, so a window that runs to the end of the string (`"abc"`) is never counted.',
      'Restarting the window right after the repeated character instead of after its previous occurrence (`"dvdf"` gives 2 instead of 3).',
      'Iterating with `for…of` or `Array.from(s)`, which walk code points, while `s.length` and indices count code units.',
    ],
    production: [
      'Session and stream analytics use variable-size windows: the longest run of distinct pages in a session, or the longest stretch without a repeated error code.',
      'Deduplicating windows in stream processors keep "last seen at" per key and evict what falls behind the window edge: the same last-index map, per partition.',
    ],
  },
});
