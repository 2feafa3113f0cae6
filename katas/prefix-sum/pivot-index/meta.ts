import { defineKata } from '#kit';

export default defineKata({
  title: 'Pivot Index',
  difficulty: 'easy',
  target: { class: 'n' },
  space: { class: '1', text: 'O(1)', advice: 'keep the total and one running left sum, not an array of sums' },
  domain: { nums: { kind: 'integer' } },
  equivalentMutants: {
    'int32-outputs': 'pivotIndex returns -1 or an index below 10^5, and an Int32 holds every such index exactly.',
  },
  hints: [
    'The target is O(n): one pass to learn the total, one pass to find the pivot, constant work per index.',
    'If you know the total of the whole list and the sum of everything left of i, you can compute the sum right of i without looking at those elements again.',
    'right(i) = total - left(i) - nums[i]. Walk i from 0 upward keeping `left` as a running sum (add nums[i] AFTER testing index i); return the first i where left === total - left - nums[i].',
  ],
  notes: {
    asked: [
      'Interviewers expect the total-minus-running-sum trick and a clear statement of the empty-side convention (an empty side sums to 0).',
      'Follow-ups: return every pivot; the equilibrium point of a stream (you need the total first, or two passes); split an array into two parts with equal sums, where the pivot element goes to one side.',
    ],
    traps: [
      'Adding nums[i] to the left sum before comparing, which puts the pivot element on the left side.',
      'Scanning from the right and returning the last pivot instead of the leftmost.',
      'Forgetting that index 0 and the last index can be pivots (an empty side sums to 0), or that a one-element list has pivot 0.',
      'Comparing left with total - left, which leaves nums[i] on the right side.',
    ],
    production: [
      'Load balancers and sharding tools look for the split point of a key range where the traffic (or data size) on both sides is equal, using cumulative counts per key.',
      'Batch splitters in data pipelines cut a sorted workload into halves of equal cost the same way: a running sum compared against the total.',
    ],
  },
});
