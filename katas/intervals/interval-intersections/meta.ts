import { defineKata } from '#kit';

export default defineKata({
  title: 'Interval List Intersections',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(n + m)' },
  domain: { 'a[i]': { kind: 'number' }, 'b[i]': { kind: 'number' } },
  hints: [
    'The target is O(n + m): one pass over both lists together, each interval visited a constant number of times.',
    'Both lists are sorted. Look at the first remaining interval of each list: they either intersect or they do not, and in both cases one of them can never meet anything further on in the other list. Which one?',
    'Use two pointers i and j. The candidate intersection of a[i] and b[j] is [max(starts), min(ends)]; record it when start <= end (closed intervals, so a single point counts).',
    'Then advance the pointer of the interval that ends first (if both end together, advancing either is fine): it cannot reach the next interval of the other list, because that one starts after the current one ends. Stop when either list runs out.',
  ],
  notes: {
    asked: [
      'Asked as the two-pointer interval question: interviewers want the rule for which pointer to advance and a short argument for why it never skips an intersection.',
      'They check the closed-interval edge case (`[1, 3]` and `[3, 5]` meet at 3) and that one long interval can meet many short ones from the other list.',
      'Follow-ups: intersect k lists (pairwise, or a heap over the k current intervals); the union or the difference of two lists with the same sweep; lists that are not disjoint (merge each first).',
    ],
    traps: [
      'Advancing the pointer of the interval that ends later, or advancing both after a hit: an interval that spans several on the other side then loses its later intersections.',
      'Using `<` instead of `<=` in the non-empty test, dropping single-point intersections.',
      'Looping while either list still has intervals (`||` instead of `&&`), which reads past the end of the shorter list.',
      'Sorting or merging the result afterwards: the sweep already produces it in order.',
    ],
    production: [
      'Calendar services find common free time of two people by intersecting their free-slot lists, each already sorted and disjoint.',
      'Search engines intersect sorted posting lists (documents containing both words) with the same two-pointer walk, and range-based indexes intersect lists of key ranges.',
      'Genomics tools and time-series databases intersect sorted lists of regions or time ranges (for example, periods when two alerts were both firing).',
    ],
  },
});
