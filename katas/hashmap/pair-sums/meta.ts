import { defineKata } from '#kit';

export default defineKata({
  title: 'Pair Sums',
  difficulty: 'easy',
  target: { class: 'n log n' },
  domain: { amounts: { kind: 'integer' }, target: { kind: 'integer' } },
  hints: [
    'The target is O(n log n): a linear pass to gather what you need, then one sort. Checking every pair of positions is O(n²).',
    'Only values matter, not positions. For a value `a`, its partner is fixed: `target - a`. What you need to know about each value is whether it occurs, and for `a === target - a`, whether it occurs twice.',
    'Count every value in a Map. Then walk the distinct values in ascending numeric order (sort them with `(x, y) => x - y`), and for each `a` with `a <= target - a` emit `[a, target - a]` when the partner is counted, requiring a count of at least 2 when the partner is `a` itself.',
  ],
  notes: {
    asked: [
      'This is the usual follow-up to Two Sum: "now return all pairs, without duplicates". Interviewers check that you dedupe by value rather than by position.',
      'A common variant sorts a copy and moves two pointers inward, skipping runs of equal values: O(n log n) time and no hash map. Be ready to explain both and to say which one keeps the input untouched.',
      'Follow-ups: count the pairs instead of listing them (sum over values of count(a) × count(target − a)); three values summing to the target (3Sum, O(n²)).',
    ],
    traps: [
      'Pairing a value with itself when it occurs only once and `target` is twice that value.',
      'Emitting the same value pair once per matching position when a value repeats.',
      'Sorting with `.sort()` and no comparator: JavaScript compares the numbers as strings, so `-10` lands after `-9` and `10` before `9`.',
      'Sorting `amounts` in place for the two-pointer approach: the input is read-only, so sort a copy.',
    ],
    production: [
      'Payment reconciliation looks for pairs of ledger entries that cancel out (a charge and its refund) by indexing amounts in a hash map instead of comparing every pair of rows.',
      'Fraud and audit reports group matching transaction amounts by value first, then report each distinct match once, which is exactly the dedupe-by-value step here.',
    ],
  },
});
