import { defineKata } from '#kit';

export default defineKata({
  title: 'Range Add',
  difficulty: 'easy',
  target: { class: 'n', text: 'O(n + u), n = length, u = updates' },
  domain: { delta: { kind: 'integer', min: -10_000, max: 10_000 } },
  hints: [
    'The target is O(n + u): constant work per update, plus one pass over the array at the end.',
    'Applying an update cell by cell costs up to n per update. Instead, record only where each update begins and where it stops having an effect, and work out the values once, at the end.',
    'Keep an array of differences: the value at i minus the value at i − 1. Adding delta to start..end raises the difference at `start` by delta and lowers the difference at `end + 1` by delta; nothing in between changes.',
    'So: `diff[start] += delta`, and `diff[end + 1] -= delta` unless end + 1 is past the end. Then a running sum over `diff` gives the values. Check every range first and throw a RangeError for a bad one.',
  ],
  notes: {
    asked: [
      'Often asked as "corporate flight bookings" or "car pooling": many interval increments followed by one read of the totals. Interviewers want the difference array and its O(n + u) cost.',
      'Follow-ups: reads interleaved with updates (a Fenwick tree over the differences gives O(log n) for both); the same in two dimensions (four corner updates, then 2-D prefix sums); only the maximum at the end (a sweep over sorted events also works for huge coordinate ranges).',
    ],
    traps: [
      'Writing `diff[end + 1]` when end is the last index: a growing JavaScript array silently gets an extra element, which then leaks into the result.',
      'Treating `end` as exclusive, so every range stops one short.',
      'Not validating ranges: a negative start or an end past the array quietly writes to properties that are not array slots, or grows the array.',
    ],
    production: [
      'Booking and capacity systems (hotel rooms per night, seats per flight leg, concurrent sessions per minute) record +1 at the start and −1 after the end and sum once to get the load over time.',
      'Sweep-line accounting in billing and monitoring turns millions of intervals into a usage curve in one sort or one pass, instead of incrementing every time bucket of every interval.',
    ],
  },
});
