import { defineKata } from '#kit';

export default defineKata({
  title: 'Template Kata',
  difficulty: 'easy',
  target: { class: 'n' },
  hints: [
    'The target is O(n): look at each value once, with constant work per value.',
    'What structure answers "have I seen this value before?" in constant time?',
    'Put every value in a Set; its size is the answer.',
  ],
  notes: {
    asked: ['Interviewers ask for the quadratic version first, then what extra memory buys.'],
    traps: ['Comparing with === makes NaN different from itself; a Set treats NaN as one value.'],
    production: ['Counting distinct users or keys is what cardinality estimators like HyperLogLog approximate at scale.'],
  },
});
