import { defineKata } from '#kit';

export default defineKata({
  title: 'Combination Sum',
  difficulty: 'medium',
  target: { class: 'exponential', text: 'pruned search: never extends a partial sum past the target, never repeats a multiset' },
  domain: {
    candidates: { kind: 'integer', min: 1, max: 1000 },
    target: { kind: 'integer', min: 0, max: 10_000 },
  },
  hints: [
    'The target complexity is a pruned search: exponential in the worst case, but the work should follow the combinations that can still reach the target, not all 2ⁿ subsets.',
    'Sort a copy of the candidates. Then equal values sit side by side, and once a value is larger than what is left to reach, every later value is too: you can stop the loop there.',
    'Backtrack with (start, remaining): try each index i >= start as the next element, recurse with (i + 1, remaining - value). Record a copy when remaining hits 0.',
    'To avoid repeating a multiset, at one level of the search skip a value equal to the one tried just before it at the same level: `if (i > start && c[i] === c[i - 1]) continue`. Note `i > start`, not `i > 0`: a repeated value may still be used deeper down.',
  ],
  notes: {
    asked: [
      'This is the "each element once, with duplicates" variant; interviewers often start with the unlimited-reuse variant (recurse with i instead of i + 1) and then ask how the code changes.',
      'The key question is how you avoid duplicate combinations without a Set of stringified results: sorting plus skipping equal siblings at the same depth.',
      'Expect to explain why sorting enables the `break`: in ascending order, once one value overshoots, every later one does.',
    ],
    traps: [
      'Skipping duplicates with `i > 0` instead of `i > start`: that forbids using a repeated value twice even at different positions, and loses answers like `[1, 1, 6]`.',
      'Recursing with `i` instead of `i + 1`, which reuses one position many times.',
      'Deduplicating afterwards with a Set of JSON strings: correct, but the search still explores every duplicate branch.',
      'Sorting the caller\'s array in place to get the pruning.',
    ],
    production: [
      'Matching a payment against a set of open invoices (which invoices add up to this transfer?) is this search, bounded in size and pruned by amount.',
      'Bin-filling and change-making in billing or inventory systems (which items make up exactly this total?) use the same sorted, pruned backtracking on small inputs before switching to dynamic programming or heuristics.',
    ],
  },
});
