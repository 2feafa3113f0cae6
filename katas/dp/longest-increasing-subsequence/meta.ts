import { defineKata } from '#kit';

export default defineKata({
  title: 'Longest Increasing Subsequence',
  difficulty: 'medium',
  target: { class: 'n log n' },
  domain: { nums: { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'lisLength returns a length, at most 10^5, which an Int32 holds exactly.',
  },
  hints: [
    'The target is O(n log n): one pass over `nums` with a binary search per value.',
    'The O(n²) DP (best length ending at each index, from every earlier smaller value) is a fine start. To go faster, stop tracking one entry per index and track one entry per possible length instead.',
    'Keep `tails`, where `tails[k]` is the smallest value that ends an increasing subsequence of length k + 1 seen so far. It is always strictly increasing, so it can be binary-searched.',
    'For each x, find the first index i with `tails[i] >= x` (a lower bound). Set `tails[i] = x` (if i is past the end, that appends). The answer is `tails.length`. Searching for `> x` instead would allow equal values and count non-decreasing subsequences.',
  ],
  notes: {
    asked: [
      'Interviewers expect the O(n²) DP first, then the patience-sorting improvement, and an explanation of why `tails` stays sorted.',
      'A favourite follow-up: `tails` is not itself a valid subsequence; to return one, store for each value the index of its predecessor when it is placed and walk back from the last tail.',
      'Variants: non-decreasing instead of strictly increasing (upper bound instead of lower bound); the number of longest subsequences (O(n²) DP with counts); Russian-doll envelopes (sort by width, then LIS on heights with ties in decreasing order).',
    ],
    traps: [
      'Using an upper bound (first tail greater than x), which lets equal values extend a subsequence: [2, 2] would have length 2.',
      'Confusing subsequence with substring: counting the longest increasing run of adjacent elements.',
      'Believing `tails` is the answer subsequence and returning or printing it.',
      'Sorting the input to "help": the order of the elements is the whole problem.',
    ],
    production: [
      'Patience diff (Bazaar, `git diff --patience`) aligns two files on the longest increasing subsequence of the line numbers of lines that occur once in each.',
      'UI frameworks such as Vue 3 and Inferno reorder a keyed list by keeping the longest increasing subsequence of old positions in place and moving only the other elements, the fewest DOM moves possible.',
    ],
  },
});
