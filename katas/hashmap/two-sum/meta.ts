import { defineKata } from '#kit';

export default defineKata({
  title: 'Two Sum',
  difficulty: 'easy',
  target: { class: 'n' },
  domain: { nums: { kind: 'integer' }, target: { kind: 'integer' } },
  equivalentMutants: {
    'int32-outputs': 'twoSum returns null or two indices below 10^5, and an Int32 holds every such index exactly.',
  },
  hints: [
    'The target is O(n): one pass over `nums`, constant work per element.',
    'When you stand on `nums[j]`, the only value that completes a pair is `target - nums[j]`. The question becomes: have I already seen that value, and where?',
    'Keep a Map from value to the index where you saw it. Look up the complement before you store the current value, so an element can never pair with itself.',
  ],
  notes: {
    asked: [
      'Start with the O(n²) double loop, then improve it: interviewers want to hear the trade of O(n) extra memory for O(n) time.',
      'Follow-ups: the input is sorted (two pointers, O(1) memory); return every pair (see pair-sums); the data does not fit in memory (partition by value, or sort externally).',
      'Why check the map before inserting? Because inserting first lets `[5]` with target 10 pair index 0 with itself.',
    ],
    traps: [
      'Pairing an element with itself when `target` is twice its value.',
      'Sorting the input to use two pointers: the original indices are lost and a read-only input is mutated.',
      'Using a plain object as the map: keys become strings, and `-0`/`0` or numeric-looking keys collide in surprising ways.',
    ],
    production: [
      'Hash joins in databases build a hash table on one side and probe it with the other: the same "look up the complement" idea.',
      'Reconciliation jobs match debits to credits (amounts summing to zero) with a hash index rather than comparing every pair.',
    ],
  },
});
