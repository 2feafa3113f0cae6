import { defineKata } from '#kit';

export default defineKata({
  title: 'Permutations',
  difficulty: 'medium',
  target: { class: 'exponential', text: 'O(n·n!)' },
  domain: { nums: { kind: 'integer' } },
  hints: [
    'The target is O(n·n!): the output holds n! orderings of length n, so aim for O(n) work per ordering.',
    'Build an ordering one position at a time. For the next position, any value not used yet may go there; after trying one, take it back out and try the next.',
    'Backtracking: keep `current` and a boolean `used[i]` per index. When `current.length === n` record a COPY; otherwise for every unused i: mark it, push nums[i], recurse, pop, unmark.',
  ],
  notes: {
    asked: [
      'The usual follow-ups are permutations with duplicate values (sort, then skip a value equal to its unused left neighbour), the next permutation in lexicographic order, and the k-th permutation without generating the others.',
      'Interviewers like to hear the in-place swap version too (swap nums[start] with each later index, recurse on start + 1, swap back), and why it must work on a copy when the input is read-only.',
      'Be ready to say why the complexity is O(n·n!) and why n = 10 (3.6 million orderings) is already the practical limit.',
    ],
    traps: [
      'Recording the working array instead of a copy, so every entry of the result is the same array.',
      'Swapping without swapping back: later branches start from a scrambled array and the output has duplicates and gaps.',
      'Returning `[]` for an empty input: there is exactly one ordering of nothing, so the answer is `[[]]`.',
      'Checking "is this value used?" with `current.includes(value)`: it works for distinct values but costs O(n) per check and breaks as soon as duplicates are allowed.',
    ],
    production: [
      'Exhaustive test generators permute the order of concurrent operations to shake out race conditions, on small n, exactly because of the n! growth.',
      'Small scheduling and routing problems (a handful of delivery stops, a few jobs on a machine) are solved by trying every order with pruning; beyond about ten items systems switch to heuristics.',
    ],
  },
  noBruteForce: 'Every correct answer lists n! orderings, so the direct enumeration is already optimal: there is no slower "first answer" to compare against.',
});
