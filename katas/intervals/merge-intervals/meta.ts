import { defineKata } from '#kit';

export default defineKata({
  title: 'Merge Intervals',
  difficulty: 'medium',
  target: { class: 'n log n' },
  domain: { 'intervals[i]': { kind: 'number' } },
  hints: [
    'The target is O(n log n): sorting dominates, and everything after the sort is a single O(n) pass.',
    'If the intervals were sorted by start, which intervals could possibly merge with the one you are building? Only the next ones in order, and only while their start is not past the current end.',
    'Sort a copy by start. Keep the interval being built, `[curStart, curEnd]`. For the next interval `[s, e]`: if `s <= curEnd` it overlaps or touches, so extend `curEnd` to `max(curEnd, e)`; otherwise emit the current interval and start a new one at `[s, e]`.',
    'Two details decide correctness: use `max` when extending (a nested interval must not shrink the end), and compare with `<=` so touching intervals merge. Sort a copy and build new pairs for the result: the input and its pairs are read-only.',
  ],
  notes: {
    asked: [
      'A top interval question: interviewers expect "sort by start, then sweep", a clear statement that touching intervals merge here, and the O(n log n) bound with the sort as the bottleneck.',
      'Follow-ups: insert one new interval into an already merged, sorted list in O(n) (or O(log n) to find the place); the total length covered; merge a stream of intervals that arrive one at a time (keep a balanced tree or sorted map keyed by start).',
      'They also ask why sorting by start is enough and what breaks if you sort by end.',
    ],
    traps: [
      'Assigning `curEnd = e` instead of `max(curEnd, e)`: an interval nested inside the current one cuts it short.',
      'Using `<` instead of `<=`, so closed intervals that share an endpoint stay separate.',
      'Sorting the input array in place, or mutating its pairs while extending, which changes the caller\'s data.',
      'Crashing on an empty list by reading the first interval before checking the length.',
    ],
    production: [
      'Calendar and booking systems merge busy slots to show free/busy time and to find gaps for a new meeting.',
      'Databases and storage engines coalesce byte ranges or key ranges (range locks, dirty pages, tombstones) before writing or compacting them.',
      'Monitoring systems merge overlapping outage or maintenance windows before computing uptime, and CDNs merge requested byte ranges before fetching from the origin.',
    ],
  },
});
