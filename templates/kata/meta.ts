import { defineKata } from '#kit';

export default defineKata({
  title: 'Template Kata',
  difficulty: 'easy',
  target: { class: 'n' },
  // The kinds of value the contract allows: the README's Constraints state each one in the words
  // `domainSentence` gives (lint checks), and the properties draw from them with numbersOf/stringsOf.
  domain: { values: { kind: 'number' } },
  // Generic mutants of the reference no input within the contract tells apart (lint checks each
  // claim by running the mutant beside the reference on 1 000 cases per property).
  equivalentMutants: {
    'int32-outputs': 'The answer is a count of at most 10^5 values, which an Int32 holds exactly.',
  },
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
