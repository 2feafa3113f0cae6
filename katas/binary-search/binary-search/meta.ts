import { defineKata } from '#kit';

export default defineKata({
  title: 'Binary Search',
  difficulty: 'easy',
  target: { class: 'log n', text: 'O(log n) per lookup; the bench times a fixed batch of lookups' },
  domain: { sorted: { kind: 'number' }, target: { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'The answer is an index below sorted.length <= 10^6, or -1: an Int32 keeps it exactly.',
  },
  hints: [
    'The target is O(log n) per lookup: each step must throw away half of the positions that could still hold the target.',
    'Keep two indices `lo` and `hi` that bound where the target can still be. Look at the middle element: because the array is sorted, comparing it with the target tells you which half cannot contain the target.',
    'Use an inclusive range: `lo = 0`, `hi = sorted.length - 1`, loop `while (lo <= hi)`. Take `mid = lo + ((hi - lo) >> 1)`; return `mid` on a match, set `lo = mid + 1` when `sorted[mid] < target`, otherwise `hi = mid - 1`. When the loop ends, the target is absent: return -1.',
  ],
  notes: {
    asked: [
      'Interviewers care less about the idea than about getting the boundaries exactly right: inclusive or half-open range, loop condition, and how lo and hi move. State the invariant ("if the target is present it lies in sorted[lo..hi]") and check that every branch keeps it and shrinks the range.',
      'Follow-ups: the first or last occurrence when duplicates are allowed (see lower-bound); the array is rotated (see search-rotated); the array is too large to hold (search on disk pages, or a B-tree).',
      'Why `lo + ((hi - lo) >> 1)` and not `(lo + hi) / 2`? In languages with fixed-width integers `lo + hi` can overflow; in JavaScript the sum of two indices is safe, but `/ 2` gives a fraction that must be floored.',
    ],
    traps: [
      'Mixing conventions: `hi = length - 1` with `while (lo < hi)` never examines the last remaining candidate.',
      'Updating `lo = mid` or `hi = mid` in an inclusive loop: when lo and hi are adjacent the range stops shrinking and the loop never ends.',
      'Returning the insertion point instead of -1 when the value is absent.',
      'Treating index 0 as "not found" through a truthiness check such as `return index || -1`.',
    ],
    production: [
      'Database indexes (B-trees) binary-search the keys inside each page; sorted string tables (SSTables) in LSM stores locate a key in the sparse index the same way.',
      '`git bisect` binary-searches a commit range for the change that broke a build.',
      'Consistent-hashing rings find the server responsible for a key by binary-searching the sorted token list.',
    ],
  },
});
