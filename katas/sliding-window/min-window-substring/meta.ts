import { defineKata } from '#kit';

export default defineKata({
  title: 'Min Window Substring',
  difficulty: 'hard',
  target: { class: 'n', text: 'O(|s| + |t|)' },
  domain: { s: { kind: 'string' }, t: { kind: 'string' } },
  equivalentMutants: {
    'object-map-1': 'The reference keys its Map by code unit numbers (0 to 65535); as property names these are digit strings, which no object inherits, so a plain object behaves the same.',
  },
  hints: [
    'The target is O(|s| + |t|): count t once, then move two pointers over s, each only forward. Growing a window from every start is O(|s|²).',
    'Keep a window [left, right]. Extend right until the window covers t; then shrink from the left while it still covers t. At that moment the window is the shortest valid one ending at right. Record it, drop one more character from the left, and go on extending.',
    'Keep `need`, a Map from code unit to how many more the window needs (it goes negative for surplus), and `missing`, the total still needed (start at t.length). Adding s[right]: if need > 0 then missing--; need--. Removing s[left]: need++; if need > 0 then missing++. Record a window only when it is strictly shorter than the best so far: that keeps the leftmost. Return "" early for an empty t.',
  ],
  notes: {
    asked: [
      'A hard-level favourite because it combines a frequency map with a variable-size window. Interviewers want the "extend right until valid, shrink left while valid" loop and a precise validity check in O(1) per step.',
      'Explain why it is linear: left and right each move forward at most |s| times, and the validity test is a single counter, not a comparison of two maps.',
      'Follow-ups: return only the length; the characters of t may appear in any multiplicity (a set instead of a multiset); the shortest window containing t as a subsequence (a different, DP or two-scan problem).',
    ],
    traps: [
      'Treating t as a set: `t = "aa"` needs two a, not one.',
      'Updating the best with `<=`, which returns the rightmost of the shortest windows instead of the leftmost.',
      'Initialising the best answer to s itself: when no window covers t the function returns s instead of "".',
      'Comparing the whole need map with the window map on every step: correct, but O(alphabet) per step.',
      'An empty t: the window is valid from the start, and a loop that shrinks "while valid" can run forever unless empty t is handled first.',
    ],
    production: [
      'Log and trace search: the shortest span of a request\'s log that mentions every required event or error code, to show an engineer the tightest excerpt.',
      'Search-result snippets pick the shortest passage of a document that contains all the query terms, which is this algorithm over tokens instead of characters.',
    ],
  },
});
