import { defineKata } from '#kit';

export default defineKata({
  title: 'Search in a Rotated Sorted Array',
  difficulty: 'medium',
  target: { class: 'log n', text: 'O(log n) per lookup; the bench times a fixed batch of lookups' },
  domain: { nums: { kind: 'number' }, target: { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'The answer is an index below nums.length <= 10^6, or -1: an Int32 keeps it exactly.',
  },
  hints: [
    'The target is O(log n) per lookup, so you cannot find the rotation point by scanning: every step must still halve the range.',
    'Split the current range [lo, hi] at mid. One of the two halves, [lo, mid] or [mid, hi], is always plainly ascending, and comparing nums[lo] with nums[mid] tells you which one.',
    'In an ascending half you can tell at once whether the target lies inside it: it does exactly when it is between that half\'s first and last values. If it does, search there; otherwise search the other half.',
    'Inclusive loop `while (lo <= hi)`: return mid on a match. If `nums[lo] <= nums[mid]` (the left half is ascending; note the `<=` for lo === mid), go left when `nums[lo] <= target && target < nums[mid]`, else right. Otherwise the right half is ascending: go right when `nums[mid] < target && target <= nums[hi]`, else left.',
  ],
  notes: {
    asked: [
      'Interviewers look for the "one half is always sorted" argument and careful boundaries; an alternative they accept is two passes: binary-search the rotation point (the minimum), then run a plain binary search on the correct side.',
      'Follow-ups: find the minimum of a rotated array; the same problem with duplicates allowed (then nums[lo] === nums[mid] gives no information and the worst case becomes O(n)); how many times the array was rotated (the index of the minimum).',
      'Expect to be asked for the test cases you would write: no rotation, rotation by one, two elements, target at either end of either half, absent target.',
    ],
    traps: [
      'Writing `nums[lo] < nums[mid]` instead of `<=`: when lo === mid the left "half" is one element and is sorted, but the strict test sends the search the wrong way.',
      'Strict comparisons at the ends of the sorted half (`target > nums[lo]`), which miss a target sitting exactly at lo or hi.',
      'Forgetting the unrotated case, or assuming the rotation is at least one.',
      'Finding the pivot with a linear scan: correct, but O(n), which throws away the whole point.',
    ],
    production: [
      'Circular buffers and ring logs (a fixed-size log that overwrites its oldest entries) hold sorted timestamps rotated around the write position; seeking to a time is this search.',
      'Consistent-hashing rings are sorted token lists that wrap around: looking up the owner of a key is a binary search that treats the end as joined to the start.',
    ],
  },
});
