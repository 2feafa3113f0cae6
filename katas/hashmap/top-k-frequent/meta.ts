import { defineKata } from '#kit';

export default defineKata({
  title: 'Top K Frequent',
  difficulty: 'medium',
  target: { class: 'n log n' },
  domain: { nums: { kind: 'integer' } },
  hints: [
    'The target is O(n log n): one counting pass, then one sort. Picking the most frequent value k times over all the counts is O(n·k), which is quadratic when k grows with n.',
    'Counting is the hash-map part: a Map from value to how many times it occurs. After that the problem is only about ordering the distinct values.',
    'Put the Map entries in an array and sort it once with a comparator that compares counts descending and, on equal counts, values ascending (`(x, y) => y.count - x.count || x.value - y.value`). Validate `k` first with `Number.isInteger(k) && k >= 0`, then take the first k values.',
  ],
  notes: {
    asked: [
      'A staple of hash-map rounds. The first ask is usually "counts, then sort": be ready to state it as O(n + d log d) for d distinct values.',
      'Follow-ups: do better than sorting all d values. A min-heap of size k gives O(n + d log k); bucket sort by count (counts are at most n) gives O(n), but ties still need ordering inside each bucket.',
      'Streaming version: the data does not fit in memory or never ends. Interviewers want to hear "approximate" there: Count-Min Sketch plus a heap, or the Space-Saving algorithm.',
    ],
    traps: [
      'Breaking ties by first appearance (a stable sort on count alone) instead of by value.',
      'Counting in a plain object: keys become strings, so a tie-break on keys compares them as strings (`"-1"` vs `"10"`) and the values must be converted back to numbers.',
      'Sorting with `.sort()` and no comparator, which sorts numbers as strings.',
      'Trusting `k`: `slice(0, -1)` silently drops the last element and `slice(0, 1.5)` rounds down, so a bad `k` gives a plausible answer instead of an error.',
    ],
    production: [
      'Trending topics, hottest cache keys and noisiest API clients are top-k-by-frequency queries, usually answered over a time window from a stream.',
      'At scale each shard counts locally and a coordinator merges the partial counts before ranking; with too many keys for exact counts, Count-Min Sketch or Space-Saving keep memory bounded at the cost of small errors.',
      'Redis sorted sets (`ZINCRBY` then `ZREVRANGE`) are the everyday way to keep such a ranking live.',
    ],
  },
});
