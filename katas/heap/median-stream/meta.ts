import { defineKata } from '#kit';

export default defineKata({
  title: 'Median of a Stream',
  difficulty: 'hard',
  target: { class: 'n log n', text: 'O(log n) per add, O(1) per median()' },
  domain: { value: { kind: 'number' } },
  hints: [
    'The target is O(log n) per add and O(1) per median(): n adds each followed by median() must cost O(n log n) in total, so you cannot sort on every call.',
    'The median only depends on the one or two values in the middle. Split everything seen into a lower half and an upper half: you need quick access to the largest of the lower half and the smallest of the upper half.',
    'Keep two heaps: a MAX-heap for the lower half and a MIN-heap for the upper half, sizes equal or the lower half one larger. Then the median is the max of the lower half (odd count) or the mean of both tops (even count).',
    'add: push into the lower max-heap, then move its top into the upper min-heap (this keeps every lower value <= every upper value); if the upper heap is now bigger, move its top back to the lower heap. median(): throw RangeError when nothing was added.',
  ],
  notes: {
    asked: [
      'Interviewers expect the two-heap design, the invariant that ties the heaps together (every value in the lower half <= every value in the upper half, sizes differ by at most one) and the costs: O(log n) add, O(1) median.',
      'Follow-ups: the median over a sliding window of the last k values (needs deletion: lazy deletion with a map of pending removals, or an order-statistic tree); any percentile, not just the 50th; values in a small known range (a counting array answers in O(range)).',
      'At scale, exact medians do not merge across servers; production systems use sketches (t-digest, HDR histograms, KLL) that give approximate percentiles in bounded memory and merge cheaply.',
    ],
    traps: [
      'Sorting on every median() call: O(n log n) per query, O(n² log n) overall.',
      'Using `sort()` without a comparator: numbers sort as strings, so 100 lands before 9.',
      'Pushing the new value into whichever heap is smaller without comparing it to the tops: the halves stop being ordered.',
      'Rebalancing only in one direction, so the size difference drifts past one.',
      'Integer division habits from other languages: the median of 2 and 3 is 2.5, not 2.',
      'Returning NaN or undefined for the empty stream instead of throwing the RangeError the contract names.',
    ],
    production: [
      'Latency dashboards report p50/p95/p99 of request times per endpoint; small services keep exact two-heap medians, large fleets use mergeable sketches such as t-digest or HDR histograms.',
      'Adaptive timeouts and hedged requests (send a backup request once a call exceeds the running median or p95) need a running percentile of recent latencies.',
      'Anomaly detection on metrics compares each new point to the running median, which outliers barely move, unlike the mean.',
    ],
  },
});
