import { defineKata } from '#kit';

export default defineKata({
  title: 'Subarray Sum Count',
  difficulty: 'medium',
  target: { class: 'n' },
  domain: { nums: { kind: 'integer', min: -10_000, max: 10_000 }, k: { kind: 'integer', min: -10_000, max: 10_000 } },
  hints: [
    'The target is O(n): one pass over `nums` with constant expected work per value.',
    'Write P(i) for the sum of the first i values, with P(0) = 0. The subarray from i to j sums to P(j + 1) − P(i). So "subarrays ending at j that sum to k" means "earlier prefix sums equal to P(j + 1) − k".',
    'A sliding window does not work here: with negative values, growing the window can lower the sum, so there is no rule for when to move the left edge.',
    'Keep a Map from prefix-sum value to how many times it has occurred, starting with {0: 1} for the empty prefix. For each value: add it to the running sum, add `count[sum − k]` to the answer, then increment `count[sum]`. Lookup before increment, so no empty subarray is counted.',
  ],
  notes: {
    asked: [
      'A classic follow-up to two-sum: interviewers want the link "subarray sum = difference of two prefix sums" and then "two-sum on prefix sums", with counts instead of indices.',
      'Expect to explain why the two-pointer window fails with negative numbers, and why the map must start with the empty prefix.',
      'Variants: longest subarray with sum k (store the first index of each prefix sum instead of a count); subarrays divisible by k (count prefix sums modulo k); binary arrays with equal 0s and 1s (map 0 to −1).',
    ],
    traps: [
      'Using a sliding window, which is only correct when all values are non-negative.',
      'Forgetting the initial prefix sum 0, which loses every subarray that starts at index 0.',
      'Recording the current prefix sum before looking up `sum − k`: with k = 0 every position then matches itself and empty subarrays are counted.',
      'Storing prefix sums in a Set instead of counting them, which undercounts when the same prefix sum occurs several times.',
    ],
    production: [
      'Analytics over time series (revenue, request counts, balance changes) keep running totals so that "how many periods netted exactly X" or "when did the balance return to a level" are lookups instead of rescans.',
      'Ledger reconciliation finds runs of transactions that net to zero by looking for repeated running balances, the k = 0 case of this kata.',
    ],
  },
});
