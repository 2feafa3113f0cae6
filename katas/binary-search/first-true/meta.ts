import { defineKata } from '#kit';

export default defineKata({
  title: 'First True',
  difficulty: 'medium',
  target: { class: 'log n', text: 'O(log n) predicate calls, n = hi - lo' },
  domain: { lo: { kind: 'integer', min: -(2 ** 51), max: 2 ** 51 }, hi: { kind: 'integer', min: -(2 ** 51), max: 2 ** 51 } },
  hints: [
    'The target is O(log n) calls to `predicate`, n = hi - lo: every call must halve the set of possible answers.',
    'The possible answers are lo, lo + 1, ..., hi, and also hi + 1 for "never true". That is a half-open range [lo, hi + 1] of candidates, and you never need to ask about hi + 1 itself.',
    'Keep candidates `a = lo`, `b = hi + 1` with the invariant "the answer is in [a, b]". While `a < b`, ask about `mid = a + Math.floor((b - a) / 2)` (always < b, so always <= hi): if true, the answer is mid or earlier (`b = mid`); if false, it is later (`a = mid + 1`). Return `a`.',
    'Do not compute the midpoint as `(a + b) >> 1`: bit operators truncate to 32-bit integers, and the range may be as large as 2^52. `Math.floor((a + b) / 2)` works for integers below 2^52 but `a + Math.floor((b - a) / 2)` is the habit to keep.',
  ],
  notes: {
    asked: [
      'This is "binary search on the answer", the shape behind many interview problems: the smallest capacity that works (see min-ship-capacity), the first bad version, the integer square root, the smallest speed that finishes in time. Interviewers want you to name the monotone predicate and the search range first.',
      'State why it is correct: the invariant "the answer lies in [a, b]" holds at the start (b = hi + 1 covers "never"), each branch keeps it, and each shrinks the range.',
      'Follow-ups: the last false instead of the first true; an unbounded range (gallop: try lo + 1, lo + 2, lo + 4, ... until true, then binary-search the last gap); real numbers instead of integers (stop at a precision, or run a fixed number of iterations).',
    ],
    traps: [
      'The midpoint `(lo + hi) >> 1` on a huge range: JavaScript bit operators work on 32-bit integers, so mid can land outside the range and the loop never ends.',
      'A midpoint like `(lo + hi) / 2` without flooring: the predicate is called with fractions.',
      'Forgetting the "never true" case and returning hi, or calling `predicate(hi + 1)`, which is outside the range where the predicate is defined.',
      'Returning the last false position instead of the first true one (the wrong pointer when the loop ends).',
      'Mixing inclusive and half-open conventions, which loops forever when two candidates remain.',
    ],
    production: [
      '`git bisect` is this search over commit history, where the predicate is "does the build fail here?" and each call costs a build: O(log n) calls is the whole point.',
      'Capacity planning and load testing search for the highest load a service sustains (or the fewest replicas that meet a latency target) with a monotone pass/fail check.',
      'Finding the first log offset or timestamp at which a condition holds, when each probe is an expensive read from remote storage.',
    ],
  },
});
