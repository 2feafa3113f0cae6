import { defineKata } from '#kit';

export default defineKata({
  title: 'Subsets',
  difficulty: 'medium',
  target: { class: 'exponential', text: 'O(n·2ⁿ)' },
  domain: { nums: { kind: 'integer' } },
  hints: [
    'The target is O(n·2ⁿ): the output has 2ⁿ subsets, so aim to spend O(n) per subset and nothing more.',
    'Every element is either in a subset or out of it. Walking the elements in input order and deciding in/out for each one produces every subset exactly once, already in input order.',
    'Backtracking: keep one `current` array; at index i either skip nums[i] or push it, recurse on i + 1, then pop it. At i === nums.length record a COPY of `current`.',
    'Iterative alternative: start from `[[]]`; for each value x, append `[...s, x]` for every subset s collected so far. The result doubles with each value.',
  ],
  notes: {
    asked: [
      'Interviewers usually ask for the recursive in/out version, then for the iterative doubling or the bitmask version (subset number m holds nums[i] exactly when bit i of m is set).',
      'Follow-ups: the input has duplicates (sort first, and skip a value equal to the previous one at the same depth); only subsets of size k (combinations); only subsets with a given sum.',
      'Expect to justify the O(n·2ⁿ) bound: 2ⁿ subsets, and copying each costs up to n.',
    ],
    traps: [
      'Recording `current` itself instead of a copy: every entry of the result ends up as the same, finally empty, array.',
      'Forgetting the empty subset, or returning `[]` instead of `[[]]` for an empty input.',
      'Sorting the input to make the output tidy: it mutates a read-only argument and breaks input order inside subsets.',
    ],
    production: [
      'Feature-flag and configuration test matrices enumerate subsets of options to test every combination of toggles, and stop doing so once n passes about 20 because of the 2ⁿ growth.',
      'Query planners enumerate subsets of tables when choosing a join order (dynamic programming over subsets), which is why they switch to heuristics for queries with many joins.',
    ],
  },
  noBruteForce: 'Every correct answer lists 2ⁿ subsets, so the direct enumeration is already the optimal algorithm: there is no slower "first answer" to compare against.',
});
