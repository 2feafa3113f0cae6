import { defineKata } from '#kit';

export default defineKata({
  title: 'Top K Largest',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O(n log k); the bench uses k = n/4' },
  domain: { nums: { kind: 'number' } },
  hints: [
    'The target is O(n log k) time with O(k) extra memory: one pass over `nums`, and only O(log k) work per value.',
    'Sorting a copy is O(n log n) and correct, but it orders all n values when you only need k of them. What is the cheapest structure that remembers "the k best seen so far" and tells you at once which of them is the weakest?',
    'Keep a MIN-heap of at most k values. The root is the smallest of your current top k: a new value only matters if it beats that root.',
    'For each value: if the heap holds fewer than k values, push it; otherwise, if it is larger than the root, replace the root with it and sift down. At the end, pop everything (ascending) and reverse. Validate k first with `Number.isInteger(k) && k >= 0`.',
  ],
  notes: {
    asked: [
      'Interviewers expect "sort and slice" first, then the size-k min-heap, with the reason it is a MIN-heap: the root is the one to evict.',
      'Follow-ups: quickselect gives O(n) on average (O(n²) worst case) but rearranges the array and is not streaming; the heap version works on a stream that never ends and on data larger than memory.',
      'Distributed version: every shard computes its own top k and a coordinator merges the shards\' lists; why that is exact for top k by value but not for top k by frequency of keys spread across shards.',
    ],
    traps: [
      'Using a max-heap of all n values and popping k times: correct, but O(n + k log n) memory and work, and not streaming.',
      'Deduplicating with a Set: the contract keeps duplicates.',
      'Returning the heap\'s internal order, or ascending order, instead of descending.',
      'Sorting `nums` in place, or `nums.sort()` without a comparator, which sorts numbers as strings (10 before 9).',
      'Forgetting `k > nums.length` and `k = 0`, or accepting a fractional or negative k.',
    ],
    production: [
      'Leaderboards, "top 10 slowest endpoints" in monitoring, and the largest-N accounts in billing reports all keep a bounded heap while streaming rows.',
      'Search engines and recommendation services keep the best k scored candidates per shard in a bounded heap, then merge the shards\' lists.',
      'Databases run `ORDER BY ... LIMIT k` as a top-k heap sort instead of sorting every row.',
    ],
  },
});
