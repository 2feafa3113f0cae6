import { defineKata } from '#kit';

export default defineKata({
  title: 'Lower Bound',
  difficulty: 'easy',
  target: { class: 'log n', text: 'O(log n) per lookup; the bench times a fixed batch of lookups' },
  domain: { sorted: { kind: 'number' }, target: { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'The answer is an index from 0 to sorted.length <= 10^6: an Int32 keeps it exactly.',
  },
  hints: [
    'The target is O(log n) per lookup: halve the range of possible answers at every step.',
    'The answer can be any index from 0 to `sorted.length` inclusive (length meaning "after everything"). The condition `sorted[i] >= target` is false for a prefix of the array and true for the rest: you are looking for the boundary.',
    'Use a half-open range of candidate answers: `lo = 0`, `hi = sorted.length`, loop `while (lo < hi)`. If `sorted[mid] < target`, the answer is after mid (`lo = mid + 1`); otherwise mid itself may be the answer (`hi = mid`). Do not stop at an equal value: keep going left. Return `lo`.',
  ],
  notes: {
    asked: [
      'Lower bound is the binary search interviewers actually want, because it handles duplicates and absent values in one loop: "first index with value >= target". Upper bound ("first index with value > target") differs by one character, and `upperBound - lowerBound` counts the occurrences of a value.',
      'Follow-ups: the first and last position of a value; insert into a sorted array keeping it sorted; count the values in a range [a, b] with two lower bounds.',
      'Be ready to state why the loop ends: with `lo < hi` and `mid = lo + ((hi - lo) >> 1)`, mid is always < hi, so both `lo = mid + 1` and `hi = mid` shrink the range.',
    ],
    traps: [
      'Returning as soon as a value equals the target: with duplicates that is some copy, not the first.',
      'Writing `<=` instead of `<` in the comparison, which computes the upper bound.',
      'Starting with `hi = length - 1`, so "after everything" (`sorted.length`) can never be returned.',
      'Returning -1 for "not found": lower bound always has an answer in 0..length.',
    ],
    production: [
      'Databases answer range queries (`WHERE created_at >= x`) by seeking to the lower bound of x in an index, then scanning forward.',
      'Cursor pagination on a sorted key seeks to the first row after the cursor the same way (see cursor-pagination).',
      'Time-series stores find the first sample at or after a timestamp with a lower bound over sorted timestamps; `bisect_left` in Python and `std::lower_bound` in C++ are this exact function.',
    ],
  },
});
