import { defineKata } from '#kit';

export default defineKata({
  title: 'Range Sum',
  difficulty: 'easy',
  target: { class: 'n', text: 'O(n) build + O(1) per query; bench n queries' },
  domain: { nums: { kind: 'integer' } },
  hints: [
    'The target is O(n) to build and O(1) per query: do all the adding once, in the constructor, so a query is a constant amount of arithmetic.',
    'If you knew the sum of the first k elements for every k, how would you get the sum of a range from two of those numbers?',
    'Store `prefix` of length n + 1 with prefix[0] = 0 and prefix[k + 1] = prefix[k] + nums[k]. Then sum(left, right) = prefix[right + 1] - prefix[left]. Validate the indices before reading the array.',
  ],
  notes: {
    asked: [
      'Interviewers want the n + 1 sized prefix array with a leading 0, and the off-by-one reasoning behind prefix[right + 1] - prefix[left].',
      'Follow-ups: a 2-D version (see range-sum-2d); values that change between queries (a Fenwick tree or segment tree, O(log n) per update and query); counting subarrays with a given sum (see subarray-sum-count).',
      'Validation is part of the answer: say what happens for an empty list, an index out of range and an inverted range.',
    ],
    traps: [
      'Using prefix[right] - prefix[left], which drops nums[right] and makes the range half-open.',
      'A prefix array of length n instead of n + 1, which forces a special case for left = 0 and breeds off-by-one errors.',
      'Letting an out-of-range index through: `prefix[n + 1]` is `undefined` in JavaScript and the answer silently becomes NaN.',
      'Accumulating the sums into the caller\'s array to save memory, which mutates a read-only input.',
    ],
    production: [
      'Analytics dashboards answer "total page views between day 10 and day 50" from precomputed cumulative counts instead of rescanning raw events.',
      'Billing and SLA monitoring keep cumulative usage or downtime per time bucket, so any window\'s total is one subtraction; time-series databases do the same with cumulative rollups.',
    ],
  },
});
